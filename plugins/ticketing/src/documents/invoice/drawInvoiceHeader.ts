import { formatAddress } from '../../domain/documents/formatAddress'
import { registrationLabel } from '../../domain/documents/registrationLabel'
import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import type { SellerBlock } from '../types'
import type { InvoiceContext } from './invoiceContext'

/** SIREN (9 digits) or SIRET (14) in France, NEQ in Québec, as the number says. */
function registrationLine(seller: SellerBlock): null | string {
  const number = seller.registrationNumber?.trim()
  if (!number) return null
  const label = registrationLabel(seller.address.country, number)
  const registry = seller.registryCity?.trim() ? ` · RCS ${seller.registryCity.trim()}` : ''
  return `${label} ${number}${registry}`
}

/** The seller's legal lines: form and capital, address, registration, tax numbers, email. */
function sellerLines(seller: SellerBlock): string[] {
  const form = [seller.legalForm?.trim(), seller.shareCapital?.trim() ? `au capital de ${seller.shareCapital.trim()}` : null].filter(Boolean).join(' ')
  const taxNumbers = seller.taxes.filter((tax) => tax.number?.trim()).map((tax) => `N° ${tax.name} ${tax.number}`)
  const vat = seller.vatNumber?.trim() ? [`N° TVA intracommunautaire ${seller.vatNumber.trim()}`] : []
  return [form, ...formatAddress(seller.address, seller.address.country), registrationLine(seller), ...vat, ...taxNumbers, seller.email?.trim()].filter(
    (line): line is string => Boolean(line),
  )
}

/**
 * The top of the first page: the seller on the left (name and every legal line a French or
 * Québec invoice needs), the kind of document, its number and date on the right. Returns the
 * y below it.
 */
export function drawInvoiceHeader({ both, date, doc, invoice, lines }: InvoiceContext): number {
  const left = page.left
  const columnWidth = 290
  let y = page.top
  y += drawText(doc, invoice.seller.name, left, y, { color: palette.accent, font: 'semibold', size: 15, width: columnWidth })
  y += 4
  for (const line of sellerLines(invoice.seller)) y += drawText(doc, line, left, y, { color: palette.muted, size: 8.5, width: columnWidth })

  const rightX = page.right - 200
  let ry = page.top - 2
  const [french, english] = lines((labels) => labels.title[invoice.kind])
  ry += drawText(doc, french.toUpperCase(), rightX, ry, { align: 'right', color: palette.accent, font: 'semibold', size: 22, width: 200 })
  if (english) ry += drawText(doc, english.toUpperCase(), rightX, ry, { align: 'right', color: palette.muted, font: 'semibold', size: 11, width: 200 })
  ry += 6
  ry += drawText(doc, `${both((labels) => labels.number)} ${invoice.number}`, rightX, ry, { align: 'right', color: palette.ink, font: 'semibold', size: 11, width: 200 })
  ry += drawText(doc, `${both((labels) => labels.issueDate)} : ${date(invoice.issueDate, 'fr')}`, rightX, ry, {
    align: 'right',
    color: palette.ink,
    size: 9.5,
    width: 200,
  })
  return Math.max(y, ry) + 18
}
