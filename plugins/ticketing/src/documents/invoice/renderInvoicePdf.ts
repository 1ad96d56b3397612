import { buildFacturXXml } from '../facturx/buildFacturXXml'
import { embedFacturX } from '../facturx/embedFacturX'
import { createPdf } from '../pdf/createPdf'
import { page } from '../pdf/palette'
import { pdfToBuffer } from '../pdf/pdfToBuffer'
import type { FrozenInvoice } from '../types'
import { drawFooter } from './drawFooter'
import { drawInvoiceHeader } from './drawInvoiceHeader'
import { drawParties } from './drawParties'
import { drawRowsTable } from './drawRowsTable'
import { drawServiceBlock } from './drawServiceBlock'
import { drawSettlement } from './drawSettlement'
import { drawTotals } from './drawTotals'
import { invoiceContext } from './invoiceContext'
import { invoiceRows } from './invoiceRows'

/** Room the totals, the settlement and the footer need under the table. */
const CLOSING_HEIGHT = 190

/**
 * Renders an invoice or credit note from its frozen data: in French, or French then English
 * (`fr-en`), as a PDF/A-3b file. A French seller's document is a Factur-X invoice: its EN 16931
 * XML is embedded as `factur-x.xml`, built from the same rows as the printed table. The same
 * data always gives the same bytes.
 *
 * @throws RangeError when the frozen amounts contradict each other (see `invoiceRows`), or a
 * French seller's document carries several taxes.
 */
export async function renderInvoicePdf(invoice: FrozenInvoice): Promise<Buffer> {
  const rows = invoiceRows(invoice)
  const facturX = invoice.seller.address.country.toUpperCase() === 'FR' ? buildFacturXXml(invoice, rows) : null
  const quebec = invoice.seller.address.country.toUpperCase() === 'CA'
  const title = `${invoice.kind === 'INVOICE' ? 'Facture' : 'Avoir'} ${invoice.number}`
  const doc = createPdf({ createdAt: invoice.issuedAt, lang: quebec ? 'fr-CA' : 'fr-FR', pdfa: 'PDF/A-3b', title })
  doc.addPage()
  const context = invoiceContext(doc, invoice)
  let y = drawInvoiceHeader(context)
  y = drawParties(context, y)
  y = drawServiceBlock(context, y)
  y = drawRowsTable(context, rows, y)
  if (y + CLOSING_HEIGHT > page.bottom) {
    doc.addPage()
    y = page.top
  }
  drawTotals(context, y)
  drawSettlement(context, y)
  drawFooter(context)
  if (facturX) embedFacturX(doc, facturX, new Date(invoice.issuedAt))
  return pdfToBuffer(doc)
}
