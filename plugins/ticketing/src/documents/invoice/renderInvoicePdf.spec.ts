import { afterEach, describe, expect, it, vi } from 'vitest'
import { bilingualInvoice, creditNote, exemptInvoice, frenchInvoice, quebecInvoice } from '../testing/documentFixtures'
import { readPdf } from '../testing/readPdf'
import { parseXml, xmlValue } from '../testing/xmlValue'
import type { FrozenInvoice } from '../types'
import { renderInvoicePdf } from './renderInvoicePdf'

const ROOT = 'rsm:CrossIndustryInvoice'
const TRADE = `${ROOT}/rsm:SupplyChainTradeTransaction`
const AGREEMENT = `${TRADE}/ram:ApplicableHeaderTradeAgreement`
const SETTLEMENT = `${TRADE}/ram:ApplicableHeaderTradeSettlement`
const TOTALS = `${SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`

/** The Factur-X XML a reader finds in the PDF, parsed. */
async function embeddedXml(pdf: Buffer) {
  const { attachments } = await readPdf(pdf)
  expect(Object.keys(attachments)).toEqual(['factur-x.xml'])
  return parseXml(Buffer.from(attachments['factur-x.xml']).toString('utf8'))
}

/** Page text with its line breaks made spaces: wrapped sentences read whole. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

afterEach(() => {
  vi.useRealTimers()
})

describe('renderInvoicePdf', () => {
  it('embeds a Factur-X XML whose ids, dates, parties, lines, taxes and totals are the printed ones', async () => {
    const pdf = await renderInvoicePdf(frenchInvoice)
    const xml = await embeddedXml(pdf)
    const [text] = (await readPdf(pdf)).pages

    expect(xmlValue(xml, `${ROOT}/rsm:ExchangedDocument/ram:ID`)).toBe('FA2026-00042')
    expect(text).toContain('N° FA2026-00042')
    expect(xmlValue(xml, `${ROOT}/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString`)).toBe('20261205')
    expect(text).toContain('Date : 5 décembre 2026')

    expect(xmlValue(xml, `${AGREEMENT}/ram:SellerTradeParty/ram:Name`)).toBe('Contextual Minds')
    expect(xmlValue(xml, `${AGREEMENT}/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID`)).toBe('852345678')
    expect(xmlValue(xml, `${AGREEMENT}/ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID`)).toBe('FR32852345678')
    expect(text).toContain('SIRET 85234567800012 · RCS Paris')
    expect(text).toContain('N° TVA intracommunautaire FR32852345678')
    expect(text).toContain('SAS au capital de 10 000 €')
    expect(xmlValue(xml, `${AGREEMENT}/ram:BuyerTradeParty/ram:Name`)).toBe('Clinique des Tilleuls')
    expect(xmlValue(xml, `${AGREEMENT}/ram:BuyerTradeParty/ram:DefinedTradeContact/ram:PersonName`)).toBe('Claire Martin')
    expect(xmlValue(xml, `${AGREEMENT}/ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID`)).toBe('FR40552100554')
    expect(xmlValue(xml, `${AGREEMENT}/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID`)).toBe('552100554')
    expect(text).toMatch(/Clinique des Tilleuls\nClaire Martin\n24 cours de l’Intendance\nService formation\n33000 Bordeaux\nN° TVA : FR40552100554\nSIREN : 552100554/)
    expect(xmlValue(xml, `${AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID`)).toBe('BC-2026-1187')
    expect(text).toContain('Bon de commande : BC-2026-1187')
    expect(xmlValue(xml, `${AGREEMENT}/ram:SellerOrderReferencedDocument/ram:IssuerAssignedID`)).toBe('MC-7KQ2-XD4M')
    expect(text).toContain('Réservation : MC-7KQ2-XD4M')

    const line = `${TRADE}/ram:IncludedSupplyChainTradeLineItem`
    expect(xmlValue(xml, `${line}/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity`)).toBe('3')
    expect(xmlValue(xml, `${line}/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount`)).toBe('375.00')
    expect(xmlValue(xml, `${line}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount`)).toBe('1125.00')
    expect(text).toMatch(/Inscription, plein tarif 3 375,00 € 20 % 1 125,00 €\nParticipants : Claire Martin, Paul Durand, Inès Benali/)
    expect(xmlValue(xml, `${SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge/0/ram:ActualAmount`)).toBe('112.50')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:SpecifiedTradeAllowanceCharge/1/ram:Reason`)).toBe('Code promo PRINTEMPS')
    expect(text).toContain('Remise de groupe 20 % −112,50 €')
    expect(text).toContain('Code promo PRINTEMPS 20 % −37,50 €')

    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:RateApplicablePercent`)).toBe('20')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:BasisAmount`)).toBe('975.00')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:ApplicableTradeTax/ram:CalculatedAmount`)).toBe('195.00')
    expect(text).toContain('TVA 20 % sur 975,00 € 195,00 €')
    expect(xmlValue(xml, `${TOTALS}/ram:TaxBasisTotalAmount`)).toBe('975.00')
    expect(text).toContain('Total HT 975,00 €')
    expect(xmlValue(xml, `${TOTALS}/ram:GrandTotalAmount`)).toBe('1170.00')
    expect(text).toContain('Total TTC 1 170,00 €')
    expect(xmlValue(xml, `${TOTALS}/ram:DuePayableAmount`)).toBe('0.00')
    expect(text).toContain('Payée le 5 décembre 2026 par carte bancaire')
    expect(text).toContain('Reste à payer : 0,00 €')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString`)).toBe('20270312')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString`)).toBe('20270313')
    expect(text).toContain('Dates 12–13 mars 2027')
  })

  it('is a PDF/A-3b with the Factur-X XMP, the XML as associated file and an sRGB output intent', async () => {
    const raw = (await renderInvoicePdf(frenchInvoice)).toString('latin1')
    expect(raw.startsWith('%PDF-1.7')).toBe(true)
    expect(raw).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/)
    expect(raw).toContain('<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>')
    expect(raw).toContain('<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>')
    expect(raw).toContain('<fx:DocumentType>INVOICE</fx:DocumentType>')
    expect(raw).toContain('<pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>')
    expect(raw).toMatch(/\/AF \[\d+ 0 R\]/)
    expect(raw).toContain('/AFRelationship /Alternative')
    expect(raw).toContain('/Subtype /text#2Fxml')
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/)
    expect(raw).toContain('/S /GTS_PDFA1')
    expect(raw).toMatch(/\/DestOutputProfile \d+ 0 R/)
    // Every font is an embedded subset of the shipped TTF; no standard font that PDF/A would reject.
    expect(raw.match(/\/FontFile2 \d+ 0 R/g)?.length).toBe(2)
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/)
    expect(raw).not.toContain('Helvetica')
  })

  it('gives the same bytes for the same invoice, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T09:15:00Z'))
    const first = await renderInvoicePdf(frenchInvoice)
    vi.setSystemTime(new Date('2031-07-01T00:00:00Z'))
    const second = await renderInvoicePdf(structuredClone(frenchInvoice))
    expect(second.equals(first)).toBe(true)
    expect((await renderInvoicePdf({ ...frenchInvoice, number: 'FA2026-00044' })).equals(first)).toBe(false)
  })

  it('prints a bilingual invoice in French first, then English', async () => {
    const [page] = (await readPdf(await renderInvoicePdf(bilingualInvoice))).pages
    const text = flat(page)
    for (const [french, english] of [
      ['FACTURE', 'INVOICE'],
      ['Total HT', 'Total excl. VAT'],
      ['Payée le 5 décembre 2026 par carte bancaire', 'Paid on 5 December 2026 by card'],
      ['Inscription, tarif préférentiel', 'Registration, early bird'],
      ['Prestation de services', 'Supply of services'],
    ]) {
      expect(text).toContain(french)
      expect(text.indexOf(english)).toBeGreaterThan(text.indexOf(french))
    }
    expect(text).toContain('Total TTC / Total incl. VAT 840,00 €')
    expect(text).toContain('TVA 20 % sur 700,00 € / VAT 20% on 700,00 €')
    expect(page).toMatch(/John Watson\n221B Baker Street\nLondon NW1 6XE\nRoyaume-Uni/)
  })

  it('prints a Québec invoice in French with the GST and QST numbers and each tax, without Factur-X', async () => {
    const pdf = await renderInvoicePdf(quebecInvoice)
    const { attachments, pages } = await readPdf(pdf)
    expect(attachments).toEqual({})
    const [text] = pages
    expect(text).toContain('N° TPS 812345678 RT0001')
    expect(text).toContain('N° TVQ 1234567890 TQ0001')
    expect(text).toContain('NEQ 1176543210')
    expect(text).toContain('Sous-total 1 208,96 $')
    expect(text).toContain('TPS 5 % sur 1 208,96 $ 60,45 $')
    expect(text).toContain('TVQ 9,975 % sur 1 208,96 $ 120,59 $')
    expect(text).toContain('Total 1 390,00 $')
    expect(text).not.toMatch(/Invoice|Paid|Total excl/)
  })

  it('prints a credit note with the invoice it corrects and why', async () => {
    const pdf = await renderInvoicePdf(creditNote)
    const text = flat((await readPdf(pdf)).pages[0])
    expect(text).toContain('AVOIR')
    expect(text).toContain('Avoir : Facture n° FA2026-00042 du 5 décembre 2026')
    expect(text).toContain('Motif : Remboursement partiel : annulation d’une place')
    expect(text).toContain('Remboursé le 15 janvier 2027 par carte bancaire')
    expect(text).toContain('Total TTC 450,00 €')
    expect(text).not.toContain('indemnité forfaitaire')
    const xml = await embeddedXml(pdf)
    expect(xmlValue(xml, `${ROOT}/rsm:ExchangedDocument/ram:TypeCode`)).toBe('381')
    expect(xmlValue(xml, `${SETTLEMENT}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID`)).toBe('FA2026-00042')
    expect(xmlValue(xml, `${TOTALS}/ram:GrandTotalAmount`)).toBe('450.00')
  })

  it('prints the late-payment terms for a business customer only', async () => {
    const [business] = (await readPdf(await renderInvoicePdf(frenchInvoice))).pages
    expect(business).toContain('trois fois le taux d')
    expect(business).toContain('indemnité forfaitaire de 40 € pour frais de recouvrement')
    const [person] = (await readPdf(await renderInvoicePdf(exemptInvoice))).pages
    expect(person).not.toContain('indemnité forfaitaire')
  })

  it('prints the exemption ground instead of a tax for a seller that charges none', async () => {
    const [text] = (await readPdf(await renderInvoicePdf(exemptInvoice))).pages
    expect(text).toContain('Total 390,00 €\nTVA non applicable, art. 293 B du CGI')
    expect(text).not.toMatch(/TVA 20|Total TTC/)
  })

  it('carries a long table onto a second page, numbering the pages', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `Participant numéro ${i + 1} avec un nom assez long`)
    const lines: FrozenInvoice['lines'] = Array.from({ length: 3 }, () => ({ amount: 450_000, attendeeNames: names.slice(0, 10), quantity: 10, ticketType: 'REGULAR', unitPrice: 45_000 }))
    const crowded = { ...frenchInvoice, discounts: [], lines: [...lines, ...lines], tax: 450_000, taxes: [{ ...frenchInvoice.taxes[0], amount: 450_000, base: 2_250_000 }], total: 2_700_000, totalExclTax: 2_250_000 }
    const pages = (await readPdf(await renderInvoicePdf(crowded))).pages
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((text, index) => expect(text).toContain(`FA2026-00042 · ${index + 1}/${pages.length}`))
    expect(pages[1]).toContain('Désignation') // the table's header again on the page it continues on
    expect(pages.at(-1)).toContain('Total TTC 27 000,00 €')
  })
})
