/**
 * The renderers of every document the plugin issues: pure functions from frozen data (see
 * `types.ts`) to PDF bytes, reading no database and no clock. Jobs call them after the
 * document row is committed; the same row always renders to the same bytes.
 */
export { renderCertificatePdf } from './certificates/renderCertificatePdf'
export { buildFacturXXml } from './facturx/buildFacturXXml'
export { invoiceRows } from './invoice/invoiceRows'
export { renderInvoicePdf } from './invoice/renderInvoicePdf'
export { renderTicketsPdf } from './tickets/renderTicketsPdf'
export type * from './types'
