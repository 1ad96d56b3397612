export type CreditCause = 'automaticRefund' | 'correction' | 'disputeLost' | 'eventCancelled' | 'fullRefund' | 'partialRefund'

const REASONS: Record<CreditCause, { en: string; fr: string }> = {
  automaticRefund: { en: 'Automatic refund', fr: 'Remboursement automatique' },
  correction: { en: 'Correction of the invoice details (cancels the invoice, replaced by a new one)', fr: 'Correction des coordonnées de facturation (annule la facture, remplacée par une nouvelle)' },
  disputeLost: { en: 'Payment disputed by the cardholder', fr: 'Paiement contesté par le titulaire de la carte' },
  eventCancelled: { en: 'Event cancelled', fr: 'Annulation de l’événement' },
  fullRefund: { en: 'Refund', fr: 'Remboursement' },
  partialRefund: { en: 'Partial refund', fr: 'Remboursement partiel' },
}

/** Why a credit note was issued, as it prints: in French, or French / English on a bilingual document. */
export const creditReason = (cause: CreditCause, language: 'fr' | 'fr-en'): string =>
  language === 'fr' ? REASONS[cause].fr : `${REASONS[cause].fr} / ${REASONS[cause].en}`
