import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { invoiceRows } from '../../documents/invoice/invoiceRows'
import { frenchSeller, parisService, quebecSeller } from '../../documents/testing/documentFixtures'
import { freezeCreditNote, freezeInvoice, type InvoiceBooking } from './freezeInvoice'

const booking: InvoiceBooking = {
  attendeeNames: ['Claire Martin', 'Paul Durand', 'Inès Benali'],
  buyer: { email: 'claire@example.fr', name: 'Claire Martin' },
  currency: 'EUR',
  discount: 13_500,
  invoiceDetails: {
    address: { city: 'Bordeaux', country: 'FR', line1: '24 cours de l’Intendance', line2: null, postalCode: '33000', region: null },
    company: 'Clinique des Tilleuls',
    name: null,
    purchaseOrder: 'BC-2026-1187',
    registrationNumber: '552100554',
    vatNumber: 'FR96552100554',
  },
  locale: 'fr',
  quantity: 3,
  reference: 'TK-7KQ2-XD4M',
  subtotal: 135_000,
  ticketType: 'GROUP',
  total: 121_500,
  unitPrice: 45_000,
}
const issue = { issuedAt: '2026-12-31T23:30:00.000Z', number: 'FA2027-00001', paidAt: '2026-12-31T23:29:58.000Z', paymentMethod: 'card' }

describe('freezeInvoice', () => {
  it('makes the invoice out to the organisation, with the seats, the group discount, the purchase order and TVA 20 %', () => {
    const invoice = freezeInvoice(booking, frenchSeller, parisService, issue)
    expect(invoice).toMatchObject({
      buyer: { company: 'Clinique des Tilleuls', name: 'Claire Martin', vatNumber: 'FR96552100554' },
      discounts: [{ amount: 13_500, kind: 'GROUP' }],
      // Issued at 00:30 in Paris on 1 January: the year (and date) of the number are Paris's.
      issueDate: '2027-01-01',
      kind: 'INVOICE',
      language: 'fr',
      lines: [{ amount: 135_000, attendeeNames: booking.attendeeNames, quantity: 3, ticketType: 'GROUP', unitPrice: 45_000 }],
      purchaseOrder: 'BC-2026-1187',
      tax: 20_250,
      total: 121_500,
      totalExclTax: 101_250,
    })
    expect(() => invoiceRows(invoice)).not.toThrow()
  })

  it("prints a promo code's discount after the group discount, and the total the buyer paid", () => {
    const invoice = freezeInvoice({ ...booking, promoCode: 'BIENVENUE10', promoDiscount: 12_150, total: 109_350 }, frenchSeller, parisService, issue)
    expect(invoice.discounts).toEqual([{ amount: 13_500, kind: 'GROUP' }, { amount: 12_150, code: 'BIENVENUE10', kind: 'PROMO' }])
    expect(invoice).toMatchObject({ tax: 18_225, total: 109_350, totalExclTax: 91_125 })
    expect(JSON.stringify(invoiceRows(invoice))).toContain('BIENVENUE10')
    expect(() => freezeInvoice({ ...booking, promoDiscount: 12_150 }, frenchSeller, parisService, issue)).toThrow(RangeError)
  })

  it('replaces a partly credited invoice with one for what is left, taking off what the credit notes gave back', () => {
    const invoice = freezeInvoice({ ...booking, credited: { amount: 12_345, creditNotes: ['AV2027-00001'] } }, frenchSeller, parisService, issue)
    expect(invoice.discounts).toEqual([{ amount: 13_500, kind: 'GROUP' }, { amount: 12_345, code: 'AV2027-00001', kind: 'CREDITED' }])
    expect(invoice.total).toBe(121_500 - 12_345)
    expect(invoice.totalExclTax + invoice.tax).toBe(invoice.total)
    expect(invoice.lines).toEqual([{ amount: 135_000, attendeeNames: booking.attendeeNames, quantity: 3, ticketType: 'GROUP', unitPrice: 45_000 }])
    const rows = invoiceRows(invoice)
    expect(rows.discounts.map((d) => d.kind)).toEqual(['GROUP', 'CREDITED'])
    expect(rows.lines[0].net - rows.discounts.reduce((sum, d) => sum + d.net, 0)).toBe(invoice.totalExclTax)
    // Nothing left to invoice: refused.
    expect(() => freezeInvoice({ ...booking, credited: { amount: 121_500, creditNotes: ['AV2027-00001'] } }, frenchSeller, parisService, issue)).toThrow(RangeError)
  })

  it('makes it out to the buyer without invoice details, bilingual for a booking made in English', () => {
    const invoice = freezeInvoice({ ...booking, discount: 0, invoiceDetails: null, locale: 'en', total: 135_000 }, frenchSeller, parisService, issue)
    expect(invoice.buyer).toEqual({ email: 'claire@example.fr', name: 'Claire Martin' })
    expect(invoice.language).toBe('fr-en')
    expect(invoice.purchaseOrder).toBeNull()
  })

  it('issues invoices and credit notes whose printed rows add up, for any booking, tax set and refund', () => {
    fc.assert(
      fc.property(
        fc.integer({ max: 200_000, min: 1 }),
        fc.integer({ max: 10, min: 1 }),
        fc.integer({ max: 100, min: 0 }),
        fc.constantFrom(frenchSeller, quebecSeller, { ...frenchSeller, exemptionText: 'TVA non applicable, art. 293 B du CGI', taxes: [] }),
        fc.double({ max: 1, min: 0, noNaN: true }),
        (unitPrice, quantity, discountPercent, seller, refundShare) => {
          const subtotal = unitPrice * quantity
          const discount = Math.floor((subtotal * discountPercent) / 100)
          const invoice = freezeInvoice({ ...booking, discount, quantity, subtotal, total: subtotal - discount, unitPrice }, seller, parisService, issue)
          expect(invoice.totalExclTax + invoice.tax).toBe(invoice.total)
          expect(() => invoiceRows(invoice)).not.toThrow()
          const amount = Math.max(1, Math.round(invoice.total * refundShare))
          if (invoice.total === 0) return
          const credit = freezeCreditNote(invoice, { ...issue, amount: Math.min(amount, invoice.total), number: 'AV2027-00001', reason: 'Remboursement partiel' })
          expect(credit).toMatchObject({ kind: 'CREDIT_NOTE', relatedInvoice: { number: invoice.number }, total: Math.min(amount, invoice.total) })
          expect(credit.totalExclTax + credit.tax).toBe(credit.total)
          expect(() => invoiceRows(credit)).not.toThrow()
        },
      ),
      { numRuns: 500 },
    )
  })
})
