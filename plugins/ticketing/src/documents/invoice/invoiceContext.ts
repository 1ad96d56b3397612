import { formatDocumentDate } from '../../domain/documents/formatDocumentDate'
import { formatMoney } from '../../domain/formatMoney'
import type { FrozenInvoice } from '../types'
import { invoiceLabels, type InvoiceLabels } from './invoiceLabels'

export type Lang = 'en' | 'fr'

/** What every part of an invoice drawing needs: the data, its words and its formatters. */
export type InvoiceContext = {
  /** One label, French then English on a bilingual document: `Total HT / Total excl. VAT`. */
  both: (get: (labels: InvoiceLabels, lang: Lang) => string) => string
  date: (iso: string, lang: Lang) => string
  doc: PDFKit.PDFDocument
  invoice: FrozenInvoice
  /** One sentence per language, French first. */
  lines: (get: (labels: InvoiceLabels, lang: Lang) => string) => string[]
  money: (minor: number) => string
  quebec: boolean
}

/**
 * Builds the drawing context of an invoice. Amounts print the French way (French comes first
 * on every document; `fr-CA` for a Québec seller: `1 170,00 $`). Issue and payment dates print
 * in the seller's time zone, falling back to the event's.
 */
export function invoiceContext(doc: PDFKit.PDFDocument, invoice: FrozenInvoice): InvoiceContext {
  const quebec = invoice.seller.address.country.toUpperCase() === 'CA'
  const labels = invoiceLabels(invoice.language, quebec)
  const zone = invoice.seller.timezone ?? invoice.service.timezone
  const intlLocale = quebec ? 'fr-CA' : 'fr-FR'
  const lines = (get: (labels: InvoiceLabels, lang: Lang) => string) =>
    labels.en ? [get(labels.fr, 'fr'), get(labels.en, 'en')] : [get(labels.fr, 'fr')]
  return {
    both: (get) => [...new Set(lines(get))].join(' / '),
    date: (iso, lang) => formatDocumentDate(iso, zone, lang),
    doc,
    invoice,
    lines,
    money: (minor) => formatMoney(minor, invoice.currency, intlLocale),
    quebec,
  }
}
