import type { BuyerBlock, FrozenInvoice, SellerBlock, ServiceBlock } from '../../documents/types'
import type { InvoiceDetails } from '../../validation/invoiceDetailsInput'
import { localDate } from './localDate'
import { splitTaxInclusive } from './splitTaxInclusive'

export type InvoiceBooking = {
  attendeeNames: string[]
  buyer: { email: string; name: string }
  currency: string
  discount: number
  invoiceDetails: InvoiceDetails | null
  locale: string
  /**
   * What credit notes already gave back of the invoice this one replaces (a correction after a
   * partial refund): taken off as a `CREDITED` discount, so the new invoice is for what is left.
   */
  credited?: { amount: number; creditNotes: string[] } | null
  /** The promo code the booking was priced with and what it took off (after the group discount). */
  promoCode?: null | string
  promoDiscount?: number
  quantity: number
  reference: string
  subtotal: number
  ticketType: string
  total: number
  unitPrice: number
}

export type InvoiceIssue = { issuedAt: string; number: string; paidAt: string; paymentMethod: string }

/** Who the invoice is made out to: the employer or organisation the buyer named, else the buyer. */
export const buyerBlock = (booking: Pick<InvoiceBooking, 'buyer' | 'invoiceDetails'>): BuyerBlock => {
  const details = booking.invoiceDetails
  if (!details) return { email: booking.buyer.email, name: booking.buyer.name }
  return {
    address: { ...details.address },
    company: details.company,
    email: booking.buyer.email,
    name: details.name ?? booking.buyer.name,
    registrationNumber: details.registrationNumber,
    vatNumber: details.vatNumber,
  }
}

/**
 * The frozen data of a paid booking's invoice: the seller and service as they are now, the
 * buyer (or the organisation they named), the seats with the attendees' names, the group
 * discount and the promo code's, and the total split into its amount excluding tax and each
 * tax (splitTaxInclusive). French, or French and English for a booking made in another language.
 * An invoice replacing a partly credited one takes off what was credited (`credited`) and is
 * for what is left.
 *
 * @throws RangeError when the booking's amounts do not add up (subtotal − discount − promo
 * discount ≠ total), or `credited` leaves nothing to invoice.
 */
export function freezeInvoice(booking: InvoiceBooking, seller: SellerBlock, service: ServiceBlock, issue: InvoiceIssue): FrozenInvoice {
  const promoDiscount = booking.promoDiscount ?? 0
  if (booking.subtotal - booking.discount - promoDiscount !== booking.total) throw new RangeError(`${booking.reference}: subtotal − discount − promo discount ≠ total`)
  const credited = booking.credited?.amount ?? 0
  if (credited < 0 || (credited > 0 && credited >= booking.total)) throw new RangeError(`${booking.reference}: credited ${credited} leaves nothing to invoice of ${booking.total}`)
  const total = booking.total - credited
  const split = splitTaxInclusive(total, seller.taxes)
  return {
    bookingReference: booking.reference,
    buyer: buyerBlock(booking),
    currency: booking.currency,
    discounts: [
      ...(booking.discount > 0 ? [{ amount: booking.discount, kind: 'GROUP' as const }] : []),
      ...(promoDiscount > 0 ? [{ amount: promoDiscount, code: booking.promoCode ?? null, kind: 'PROMO' as const }] : []),
      ...(credited > 0 ? [{ amount: credited, code: booking.credited?.creditNotes.join(', ') || null, kind: 'CREDITED' as const }] : []),
    ],
    issueDate: localDate(issue.issuedAt, seller.timezone ?? service.timezone),
    issuedAt: issue.issuedAt,
    kind: 'INVOICE',
    language: booking.locale === 'fr' ? 'fr' : 'fr-en',
    lines: [
      {
        amount: booking.subtotal,
        attendeeNames: booking.attendeeNames,
        quantity: booking.quantity,
        ticketType: booking.ticketType as FrozenInvoice['lines'][number]['ticketType'],
        unitPrice: booking.unitPrice,
      },
    ],
    number: issue.number,
    payment: { date: issue.paidAt, method: issue.paymentMethod },
    purchaseOrder: booking.invoiceDetails?.purchaseOrder ?? null,
    seller,
    service,
    ...split,
    total,
  }
}

export type CreditIssue = InvoiceIssue & { amount: number; reason: string }

/**
 * A credit note against `invoice` for `amount` (≤ what the invoice has left): the invoice's
 * seller, buyer and service, the amount split into taxes the same way. A credit note of the
 * whole invoice repeats its lines; a partial one prints one line for the amount credited.
 */
export function freezeCreditNote(invoice: FrozenInvoice, issue: CreditIssue): FrozenInvoice {
  const whole = issue.amount === invoice.total
  return {
    ...invoice,
    discounts: whole ? invoice.discounts : [],
    issueDate: localDate(issue.issuedAt, invoice.seller.timezone ?? invoice.service.timezone),
    issuedAt: issue.issuedAt,
    kind: 'CREDIT_NOTE',
    lines: whole ? invoice.lines : [],
    number: issue.number,
    payment: { date: issue.paidAt, method: issue.paymentMethod },
    reason: issue.reason,
    relatedInvoice: { issueDate: invoice.issueDate, number: invoice.number },
    ...splitTaxInclusive(issue.amount, invoice.seller.taxes),
    total: issue.amount,
  }
}
