/**
 * The frozen data of every document the plugin issues: invoices and credit notes, tickets and
 * certificates of attendance. A document row holds one of these as it was at issue; renderers
 * (PDF, Factur-X XML, email) read nothing else, so a document prints the same bytes for ever,
 * whatever happens later to the seller, the event or the booking.
 *
 * Money is in minor units of `currency`; every amount on a document is positive (`kind` says
 * whether it is an invoice or a credit note). Dates are ISO 8601 strings.
 */

/** A postal address; `country` is an ISO 3166-1 alpha-2 code (FR, CA…). */
export type DocumentAddress = {
  city: string
  country: string
  line1: string
  line2?: null | string
  postalCode: string
  region?: null | string
}

/** One tax of the seller (TVA 20 %, or TPS 5 % and TVQ 9.975 %); `ratePercent` is a decimal string ("9.975"). */
export type SellerTax = { name: string; number?: null | string; ratePercent: string }

/** The legal entity that sells, as it was when the document was issued. */
export type SellerBlock = {
  address: DocumentAddress
  email?: null | string
  /** When the seller charges no tax: the legal ground printed instead ("TVA non applicable, art. 293 B du CGI"). */
  exemptionText?: null | string
  legalForm?: null | string
  name: string
  /** Registration number: SIREN/SIRET in France, NEQ in Québec. */
  registrationNumber?: null | string
  /** City of the trade register (RCS Paris). */
  registryCity?: null | string
  /** Share capital as printed ("10 000 €"). */
  shareCapital?: null | string
  taxes: SellerTax[]
  /** IANA time zone of the seller: issue and payment dates print in it (the event's when absent). */
  timezone?: null | string
  vatNumber?: null | string
}

/** Who the document is made out to: the buyer, or the employer / organisation they named. */
export type BuyerBlock = {
  address?: DocumentAddress | null
  company?: null | string
  email?: null | string
  /** The person: the buyer's name, or the contact named in the invoice details. */
  name: string
  registrationNumber?: null | string
  vatNumber?: null | string
}

/** A line of seats: "Early bird × 2", with the attendees' names; amounts tax included. */
export type DocumentLine = {
  attendeeNames: string[]
  /** Tax-included total of the line before discounts (unitPrice × quantity). */
  amount: number
  quantity: number
  ticketType: 'EARLY_BIRD' | 'GROUP' | 'REGULAR'
  unitPrice: number
}

/**
 * A discount taken off the lines (group discount, promo code); tax included, positive. On an
 * invoice that replaces a partly credited one (a correction after a partial refund),
 * `CREDITED` is what credit notes had already given back, `code` their numbers.
 */
export type DocumentDiscount = { amount: number; code?: null | string; kind: 'CREDITED' | 'GROUP' | 'PROMO' }

/** One tax on the document: its rate, the base it applies to (excl. tax) and its amount. */
export type DocumentTax = { amount: number; base: number; name: string; number?: null | string; ratePercent: string }

/** What was bought: the event, printed as the service and its dates. */
export type ServiceBlock = {
  city: string
  endsAt: string
  startsAt: string
  /** IANA time zone of the event: dates print in it. */
  timezone: string
  title: string
  venueName?: null | string
}

export type FrozenInvoice = {
  bookingReference: string
  buyer: BuyerBlock
  currency: string
  discounts: DocumentDiscount[]
  /** Issue date in the seller's time zone (YYYY-MM-DD): the year of the number is its year. */
  issueDate: string
  issuedAt: string
  kind: 'CREDIT_NOTE' | 'INVOICE'
  /** `fr`: French; `fr-en`: bilingual French/English (bookings made in English). */
  language: 'fr' | 'fr-en'
  lines: DocumentLine[]
  number: string
  /** When and how it was paid (an invoice is issued paid: "Payée" / "Paid"); for a credit note, the refund. */
  payment: { date: string; method: string }
  purchaseOrder?: null | string
  /** A credit note's invoice. */
  relatedInvoice?: { issueDate: string; number: string } | null
  /** Why a credit note was issued ("Remboursement partiel", "Annulation de l'événement", "Correction"). */
  reason?: null | string
  seller: SellerBlock
  service: ServiceBlock
  /** Σ taxes[].amount. */
  tax: number
  taxes: DocumentTax[]
  /** Tax included; totalExclTax + tax = total exactly. */
  total: number
  totalExclTax: number
}

/** One attendee's ticket: a page of the ticket PDF. */
export type FrozenTicket = {
  attendeeName: string
  bookingReference: string
  /** Language of the ticket's words (the booking's); French when absent. */
  language?: 'en' | 'fr' | null
  /** The secret the QR code carries (≥ 128 random bits, no personal data). */
  qrSecret: string
  service: ServiceBlock & { venueAddress?: null | string }
  /** The short code a door person can type (also printed). */
  ticketCode: string
}

export type FrozenCertificate = {
  attendeeName: string
  hours: number
  issueDate: string
  issuedAt: string
  language: 'en' | 'fr'
  number: string
  seller: Pick<SellerBlock, 'address' | 'name' | 'registrationNumber'>
  service: ServiceBlock
  /** The code that, with the number, proves the certificate at `verificationUrl`. */
  verificationCode: string
  /** `/{locale}/certificates/{number}?c={verificationCode}` on the public site; printed and in a QR code. */
  verificationUrl: string
}
