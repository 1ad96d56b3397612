import { formatAddress } from '../../domain/documents/formatAddress'
import { registrationLabel } from '../../domain/documents/registrationLabel'
import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import type { InvoiceContext } from './invoiceContext'

type Entry = { label: string; value: string }

/** Draws a titled block of lines in a column and returns its height. */
function block(doc: PDFKit.PDFDocument, title: string, lines: (Entry | string)[], x: number, y: number, width: number): number {
  let height = drawText(doc, title.toUpperCase(), x, y, { color: palette.muted, font: 'semibold', size: 7.5, width }) + 3
  lines.forEach((line, index) => {
    const text = typeof line === 'string' ? line : `${line.label} : ${line.value}`
    const font = typeof line === 'string' && index === 0 ? 'semibold' : 'regular'
    height += drawText(doc, text, x, y + height, { color: palette.ink, font, size: 9.5, width })
  })
  return height
}

/**
 * The customer (company, person, address, VAT and registration numbers) on the left; the
 * references (booking, purchase order, and for a credit note the invoice it corrects and why)
 * on the right. Returns the y below both.
 */
export function drawParties(context: InvoiceContext, y: number): number {
  const { both, date, doc, invoice } = context
  const { buyer, seller } = invoice
  const customer: (Entry | string)[] = [
    ...(buyer.company?.trim() ? [buyer.company.trim()] : []),
    buyer.name,
    ...(buyer.address ? formatAddress(buyer.address, seller.address.country) : []),
    ...(buyer.vatNumber?.trim() ? [{ label: both((l) => l.vatNumber), value: buyer.vatNumber.trim() }] : []),
    // SIREN or SIRET as the number says (in the buyer's country), NEQ in Québec.
    ...(buyer.registrationNumber?.trim()
      ? [{ label: both((l, lang) => (lang === 'fr' ? registrationLabel(buyer.address?.country ?? seller.address.country, buyer.registrationNumber!) : l.registrationNumber)), value: buyer.registrationNumber.trim() }]
      : []),
    ...(buyer.email?.trim() && !buyer.address ? [buyer.email.trim()] : []),
  ]
  const references: Entry[] = [
    { label: both((l) => l.bookingReference), value: invoice.bookingReference },
    ...(invoice.purchaseOrder?.trim() ? [{ label: both((l) => l.purchaseOrder), value: invoice.purchaseOrder.trim() }] : []),
    ...(invoice.kind === 'CREDIT_NOTE' && invoice.relatedInvoice
      ? [{ label: both((l) => l.title.CREDIT_NOTE), value: both((l, lang) => l.relatedInvoice(invoice.relatedInvoice!.number, date(invoice.relatedInvoice!.issueDate, lang))) }]
      : []),
    ...(invoice.reason?.trim() ? [{ label: both((l) => l.reason), value: invoice.reason.trim() }] : []),
  ]
  const half = page.width / 2 - 10
  const left = block(doc, both((l) => l.customer), customer, page.left, y, half)
  const right = block(doc, both((l) => l.references), references, page.left + half + 20, y, half)
  return y + Math.max(left, right) + 16
}
