import { describe, expect, it } from 'vitest'
import { creditNote, frenchInvoice, quebecInvoice } from '../testing/documentFixtures'
import { invoiceRows } from './invoiceRows'

describe('invoiceRows', () => {
  it('prints lines and discounts excluding tax that add up to the frozen total excluding tax', () => {
    const rows = invoiceRows(frenchInvoice)
    expect(rows.lines).toEqual([{ attendeeNames: ['Claire Martin', 'Paul Durand', 'Inès Benali'], gross: 135_000, net: 112_500, quantity: 3, ticketType: 'REGULAR', unitNet: 37_500 }])
    expect(rows.discounts.map((d) => [d.kind, d.code, d.net])).toEqual([['GROUP', null, 11_250], ['PROMO', 'PRINTEMPS', 3_750]])
    const quebec = invoiceRows(quebecInvoice)
    expect(quebec.lines[0]).toMatchObject({ net: 120_896, unitNet: 60_448 })
  })

  it('prints a partial credit note as one line for the amount credited', () => {
    expect(invoiceRows(creditNote)).toEqual({ discounts: [], lines: [{ attendeeNames: [], gross: 45_000, net: 37_500, quantity: 1, ticketType: null, unitNet: 37_500 }] })
  })

  it('refuses frozen amounts that contradict each other', () => {
    expect(() => invoiceRows({ ...frenchInvoice, totalExclTax: 97_499 })).toThrow(/total excl. tax \+ tax ≠ total/)
    expect(() => invoiceRows({ ...frenchInvoice, taxes: [] })).toThrow(/tax ≠ Σ taxes/)
    expect(() => invoiceRows({ ...frenchInvoice, discounts: [] })).toThrow(/lines less discounts ≠ total/)
  })
})
