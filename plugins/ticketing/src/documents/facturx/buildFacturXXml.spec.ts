import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitTaxInclusive } from '../../domain/documents/splitTaxInclusive'
import { invoiceRows } from '../invoice/invoiceRows'
import { bilingualInvoice, creditNote, exemptInvoice, frenchInvoice } from '../testing/documentFixtures'
import { validateFacturXSchema } from '../testing/validateFacturXSchema'
import { parseXml, xmlValue } from '../testing/xmlValue'
import type { FrozenInvoice } from '../types'
import { buildFacturXXml } from './buildFacturXXml'

const build = (invoice: FrozenInvoice) => buildFacturXXml(invoice, invoiceRows(invoice))

/** The totals of `invoice` less `credited`, split into taxes as an invoice's are. */
const replacedTotals = (invoice: FrozenInvoice, credited: number) => ({ ...splitTaxInclusive(invoice.total - credited, invoice.seller.taxes), total: invoice.total - credited })
const SETTLEMENT = 'rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement'

describe('buildFacturXXml', () => {
  it.each([
    ['an invoice to a company with discounts', frenchInvoice],
    ['a bilingual invoice to a person abroad', bilingualInvoice],
    ['a partial credit note', creditNote],
    ['an exempt seller’s invoice to a person without address', exemptInvoice],
    [
      'an invoice replacing a partly credited one',
      { ...frenchInvoice, discounts: [...frenchInvoice.discounts, { amount: 10_000, code: 'AV2026-00007', kind: 'CREDITED' as const }], ...replacedTotals(frenchInvoice, 10_000) },
    ],
  ])('is valid against the Factur-X EN 16931 schema: %s', async (_, invoice) => {
    expect(await validateFacturXSchema(build(invoice))).toEqual([])
  })

  it('declares the EN 16931 profile and types an invoice 380, a credit note 381 with its invoice', () => {
    const invoice = parseXml(build(frenchInvoice))
    expect(xmlValue(invoice, 'rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID')).toBe('urn:cen.eu:en16931:2017')
    expect(xmlValue(invoice, 'rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode')).toBe('380')
    const credit = parseXml(build(creditNote))
    expect(xmlValue(credit, 'rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode')).toBe('381')
    expect(xmlValue(credit, `${SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID`)).toBe('FA2026-00042')
    expect(xmlValue(credit, `${SETTLEMENT}/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString`)).toBe('20261205')
  })

  it('states the payment terms of a business invoice as the notes French e-invoicing reads', () => {
    const notes = (invoice: FrozenInvoice) =>
      [0, 1, 2, 3, 4].map((i) => xmlValue(parseXml(build(invoice)), `rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote/${i}/ram:SubjectCode`)).filter(Boolean)
    expect(notes(frenchInvoice)).toEqual(['REG', 'AAB', 'PMD', 'PMT'])
    expect(notes(exemptInvoice)).toEqual(['REG'])
    expect(notes(creditNote)).toEqual(['REG', 'AAI'])
  })

  it('gives an exempt seller category E with the legal ground and no tax', () => {
    const xml = parseXml(build(exemptInvoice))
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:CategoryCode`)).toBe('E')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:ExemptionReason`)).toBe('TVA non applicable, art. 293 B du CGI')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:CalculatedAmount`)).toBe('0.00')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:BasisAmount`)).toBe('390.00')
    // A seller without VAT number is identified by its registration (EN 16931 BR-E-02).
    expect(xmlValue(xml, 'rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID')).toBe('912345678')
  })

  it('always satisfies the EN 16931 sums: lines, allowances, tax basis, tax and grand total', () => {
    const cents = (value: string | undefined) => Math.round(Number(value) * 100)
    const invoices = fc
      .record({
        discounts: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 2 }),
        lines: fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 10 }), unitPrice: fc.integer({ min: 1, max: 200_000 }) }), { maxLength: 3, minLength: 1 }),
      })
      .map(({ discounts, lines }): FrozenInvoice => {
        const gross = lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0)
        const taken = discounts.map((percent) => Math.floor((gross * percent) / 100))
        const total = gross - taken.reduce((a, b) => a + b, 0)
        const totalExclTax = Math.floor((total * 100 * 2 + 120) / 240)
        const tax = total - totalExclTax
        return {
          ...frenchInvoice,
          discounts: taken.map((amount, i) => ({ amount, code: i ? `CODE${i}` : null, kind: i ? 'PROMO' : 'GROUP' })),
          lines: lines.map((line) => ({ amount: line.quantity * line.unitPrice, attendeeNames: [], quantity: line.quantity, ticketType: 'REGULAR', unitPrice: line.unitPrice })),
          tax,
          taxes: [{ amount: tax, base: totalExclTax, name: 'TVA', ratePercent: '20' }],
          total,
          totalExclTax,
        }
      })
    fc.assert(
      fc.property(invoices, (invoice) => {
        const xml = parseXml(build(invoice))
        const lineNets = [0, 1, 2]
          .map((i) => xmlValue(xml, `rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/${i}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount`))
          .filter((value) => value !== undefined)
        const allowances = [0, 1].map((i) => xmlValue(xml, `${SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge/${i}/ram:ActualAmount`)).filter((value) => value !== undefined)
        const totals = `${SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`
        const lineTotal = cents(xmlValue(xml, `${totals}/ram:LineTotalAmount`))
        const allowanceTotal = cents(xmlValue(xml, `${totals}/ram:AllowanceTotalAmount`) ?? '0')
        const basis = cents(xmlValue(xml, `${totals}/ram:TaxBasisTotalAmount`))
        const taxTotal = cents(xmlValue(xml, `${totals}/ram:TaxTotalAmount`))
        expect(lineNets.map(cents).reduce((a, b) => a + b, 0)).toBe(lineTotal) // BR-CO-10
        expect(allowances.map(cents).reduce((a, b) => a + b, 0)).toBe(allowanceTotal) // BR-CO-11
        expect(lineTotal - allowanceTotal).toBe(basis) // BR-CO-13
        expect(basis + taxTotal).toBe(cents(xmlValue(xml, `${totals}/ram:GrandTotalAmount`))) // BR-CO-15
        expect(cents(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:BasisAmount`))).toBe(basis) // BR-S-08
        expect(Math.abs(taxTotal - basis * 0.2)).toBeLessThanOrEqual(100) // BR-S-09: within one unit
        expect([basis, taxTotal]).toEqual([invoice.totalExclTax, invoice.tax])
      }),
    )
  })

  it('refuses a French document with stacked taxes, which EN 16931 cannot carry', () => {
    const stacked = { ...frenchInvoice, taxes: [{ ...frenchInvoice.taxes[0], amount: 19_000 }, { amount: 500, base: 97_500, name: 'Taxe', ratePercent: '0.5' }] }
    expect(() => build(stacked)).toThrow(RangeError)
  })
})
