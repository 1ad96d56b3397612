import type { DocumentDiscount, DocumentLine, FrozenInvoice } from '../types'

/** The words of an invoice or credit note in one language; `quebec` words the taxes as Québec does. */
export type InvoiceLabels = {
  amount: string
  attendees: string
  balanceDue: string
  bookingReference: string
  customer: string
  dates: string
  description: string
  discount: (kind: DocumentDiscount['kind'], code?: null | string) => string
  issueDate: string
  lateTerms: string
  /** The same terms as Factur-X notes: no early-payment discount (AAB), penalties (PMD), recovery fee (PMT). */
  lateTermsNotes: Record<'AAB' | 'PMD' | 'PMT', string>
  method: (method: string) => string
  nature: string
  natureLabel: string
  number: string
  purchaseOrder: string
  quantity: string
  rate: string
  reason: string
  references: string
  registrationNumber: string
  relatedInvoice: (number: string, date: string) => string
  service: string
  settled: (kind: FrozenInvoice['kind'], date: string, method: string) => string
  stamp: Record<FrozenInvoice['kind'], string>
  taxBase: (base: string) => string
  /** A tax's name as frozen (French), in this language: TVA → VAT, TPS → GST, TVQ → QST in English. */
  taxName: (name: string) => string
  ticketType: Record<DocumentLine['ticketType'], string>
  title: Record<FrozenInvoice['kind'], string>
  total: string
  totalExclTax: string
  totalInclTax: string
  unitPrice: string
  vatNumber: string
  venue: string
}

const TAX_NAMES_EN: Record<string, string> = { TPS: 'GST', TVA: 'VAT', TVQ: 'QST' }

const METHODS_FR: Record<string, string> = { bank_transfer: 'virement', card: 'carte bancaire', sepa_debit: 'prélèvement SEPA' }
const METHODS_EN: Record<string, string> = { bank_transfer: 'bank transfer', card: 'card', sepa_debit: 'SEPA direct debit' }

const french = (quebec: boolean): InvoiceLabels => ({
  amount: quebec ? 'Montant' : 'Montant HT',
  attendees: 'Participants',
  balanceDue: 'Reste à payer',
  bookingReference: 'Réservation',
  customer: 'Client',
  dates: 'Dates',
  description: 'Désignation',
  discount: (kind, code) =>
    kind === 'GROUP' ? 'Remise de groupe' : kind === 'CREDITED' ? `Déjà crédité${code ? ` (avoir ${code})` : ''}` : `Code promo${code ? ` ${code}` : ''}`,
  issueDate: 'Date',
  lateTerms:
    "Paiement à la commande, sans escompte pour paiement anticipé. En cas de retard de paiement : pénalités au taux de trois fois le taux d'intérêt légal et indemnité forfaitaire de 40 € pour frais de recouvrement (Code de commerce, art. L441-10 et D441-5).",
  lateTermsNotes: {
    AAB: 'Pas d’escompte pour paiement anticipé.',
    PMD: 'En cas de retard de paiement, pénalités au taux de trois fois le taux d’intérêt légal (Code de commerce, art. L441-10).',
    PMT: 'En cas de retard de paiement, indemnité forfaitaire de 40 € pour frais de recouvrement (Code de commerce, art. D441-5).',
  },
  method: (method) => METHODS_FR[method] ?? method,
  nature: 'Prestation de services',
  natureLabel: 'Nature',
  number: 'N°',
  purchaseOrder: 'Bon de commande',
  quantity: 'Qté',
  rate: 'TVA',
  reason: 'Motif',
  references: 'Références',
  registrationNumber: quebec ? 'NEQ' : 'SIREN',
  relatedInvoice: (number, date) => `Facture n° ${number} du ${date}`,
  service: 'Prestation',
  settled: (kind, date, method) => `${kind === 'INVOICE' ? 'Payée' : 'Remboursé'} le ${date} par ${method}`,
  stamp: { CREDIT_NOTE: 'Remboursé', INVOICE: 'Payée' },
  taxBase: (base) => `sur ${base}`,
  taxName: (name) => name,
  ticketType: { EARLY_BIRD: 'Inscription, tarif préférentiel', GROUP: 'Inscription, tarif groupe', REGULAR: 'Inscription, plein tarif' },
  title: { CREDIT_NOTE: 'Avoir', INVOICE: 'Facture' },
  total: 'Total',
  totalExclTax: quebec ? 'Sous-total' : 'Total HT',
  totalInclTax: quebec ? 'Total' : 'Total TTC',
  unitPrice: quebec ? 'Prix unitaire' : 'Prix unit. HT',
  vatNumber: 'N° TVA',
  venue: 'Lieu',
})

const english = (quebec: boolean): InvoiceLabels => ({
  amount: quebec ? 'Amount' : 'Amount excl. VAT',
  attendees: 'Attendees',
  balanceDue: 'Balance due',
  bookingReference: 'Booking',
  customer: 'Customer',
  dates: 'Dates',
  description: 'Description',
  discount: (kind, code) =>
    kind === 'GROUP' ? 'Group discount' : kind === 'CREDITED' ? `Already credited${code ? ` (credit note ${code})` : ''}` : `Promo code${code ? ` ${code}` : ''}`,
  issueDate: 'Date',
  lateTerms:
    'Paid on order, no discount for early payment. Late payment: penalties at three times the French legal interest rate and a fixed recovery fee of €40 (French Commercial Code, art. L441-10 and D441-5).',
  lateTermsNotes: {
    AAB: 'No discount for early payment.',
    PMD: 'Late payment: penalties at three times the French legal interest rate (French Commercial Code, art. L441-10).',
    PMT: 'Late payment: fixed recovery fee of €40 (French Commercial Code, art. D441-5).',
  },
  method: (method) => METHODS_EN[method] ?? method,
  nature: 'Supply of services',
  natureLabel: 'Nature',
  number: 'No.',
  purchaseOrder: 'Purchase order',
  quantity: 'Qty',
  rate: 'VAT',
  reason: 'Reason',
  references: 'References',
  registrationNumber: quebec ? 'NEQ' : 'Registration no.',
  relatedInvoice: (number, date) => `Invoice no. ${number} of ${date}`,
  service: 'Service',
  settled: (kind, date, method) => `${kind === 'INVOICE' ? 'Paid' : 'Refunded'} on ${date} by ${method}`,
  stamp: { CREDIT_NOTE: 'Refunded', INVOICE: 'Paid' },
  taxBase: (base) => `on ${base}`,
  taxName: (name) => TAX_NAMES_EN[name.trim().toUpperCase()] ?? name,
  ticketType: { EARLY_BIRD: 'Registration, early bird', GROUP: 'Registration, group rate', REGULAR: 'Registration, full price' },
  title: { CREDIT_NOTE: 'Credit note', INVOICE: 'Invoice' },
  total: 'Total',
  totalExclTax: quebec ? 'Subtotal' : 'Total excl. VAT',
  totalInclTax: quebec ? 'Total' : 'Total incl. VAT',
  unitPrice: quebec ? 'Unit price' : 'Unit price excl. VAT',
  vatNumber: 'VAT no.',
  venue: 'Venue',
})

/** French labels, and English ones for a bilingual document (French always comes first). */
export function invoiceLabels(language: FrozenInvoice['language'], quebec: boolean): { en: InvoiceLabels | null; fr: InvoiceLabels } {
  return { en: language === 'fr-en' ? english(quebec) : null, fr: french(quebec) }
}
