import { describe, expect, it } from 'vitest'
import { invoiceRows } from '../invoice/invoiceRows'
import { bilingualInvoice, creditNote, exemptInvoice, frenchInvoice } from '../testing/documentFixtures'
import { validateFacturXSchema } from '../testing/validateFacturXSchema'
import { parseXml, xmlValue } from '../testing/xmlValue'
import type { FrozenInvoice } from '../types'
import { buildFacturXXml } from './buildFacturXXml'

const build = (invoice: FrozenInvoice) => buildFacturXXml(invoice, invoiceRows(invoice))
const SETTLEMENT = 'rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement'

describe('buildFacturXXml', () => {
  it.each([
    ['an invoice to a company with discounts', frenchInvoice],
    ['a bilingual invoice to a person abroad', bilingualInvoice],
    ['a partial credit note', creditNote],
    ['an exempt seller’s invoice to a person without address', exemptInvoice],
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

  it('gives an exempt seller category E with the legal ground and no tax', () => {
    const xml = parseXml(build(exemptInvoice))
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:CategoryCode`)).toBe('E')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:ExemptionReason`)).toBe('TVA non applicable, art. 293 B du CGI')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:CalculatedAmount`)).toBe('0.00')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:BasisAmount`)).toBe('390.00')
    // A seller without VAT number is identified by its registration (EN 16931 BR-E-02).
    expect(xmlValue(xml, 'rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID')).toBe('912345678')
  })

  it('refuses a French document with stacked taxes, which EN 16931 cannot carry', () => {
    const stacked = { ...frenchInvoice, taxes: [{ ...frenchInvoice.taxes[0], amount: 19_000 }, { amount: 500, base: 97_500, name: 'Taxe', ratePercent: '0.5' }] }
    expect(() => build(stacked)).toThrow(RangeError)
  })
})
