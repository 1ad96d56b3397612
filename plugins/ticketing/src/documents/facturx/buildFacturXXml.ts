import { create } from 'xmlbuilder2'
import { eventDays } from '../../domain/documents/eventDays'
import { formatDocumentDate } from '../../domain/documents/formatDocumentDate'
import { formatDecimal } from '../../domain/formatDecimal'
import { invoiceLabels } from '../invoice/invoiceLabels'
import { isBusinessBuyer } from '../invoice/isBusinessBuyer'
import type { InvoiceRows } from '../invoice/invoiceRows'
import type { FrozenInvoice } from '../types'
import { buyerParty, sellerParty } from './facturXParties'
import { vatCategory } from './vatCategory'

const NAMESPACES = {
  '@xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  '@xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  '@xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  '@xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
}

/** UNTDID 4461 payment means: 48 bank card, 58 SEPA credit transfer, 59 SEPA direct debit, 30 credit transfer. */
const PAYMENT_MEANS: Record<string, string> = { bank_transfer: '30', card: '48', sepa_credit_transfer: '58', sepa_debit: '59' }

const day = (iso: string) => ({ 'udt:DateTimeString': { '#': iso.replaceAll('-', ''), '@format': '102' } })

/**
 * The Factur-X XML (UN/CEFACT CII D16B, EN 16931 profile) of a French seller's invoice (type
 * 380) or credit note (381), from the same frozen data and the same rows as its PDF: number,
 * dates, parties, lines, discounts, VAT breakdown and totals are the printed ones. The booking
 * reference is the sales order reference (BT-14), the purchase order BT-13, the event's days
 * the invoicing period (BG-14); the document is settled, so the paid amount is the total.
 */
export function buildFacturXXml(invoice: FrozenInvoice, rows: InvoiceRows): string {
  const money = (minor: number) => formatDecimal(minor, invoice.currency)
  const category = vatCategory(invoice)
  const french = invoiceLabels('fr', false).fr
  const sellerCountry = invoice.seller.address.country.toUpperCase()
  const tax = (extra: Record<string, unknown> = {}) => ({ 'ram:TypeCode': 'VAT', ...extra, 'ram:CategoryCode': category.code, 'ram:RateApplicablePercent': category.rate })
  const { first, last } = eventDays(invoice.service.startsAt, invoice.service.endsAt, invoice.service.timezone)
  const zone = invoice.seller.timezone ?? invoice.service.timezone
  const settled = french.settled(invoice.kind, formatDocumentDate(invoice.payment.date, zone, 'fr'), french.method(invoice.payment.method))
  const allowances = rows.discounts.reduce((sum, discount) => sum + discount.net, 0)
  const legal = [invoice.seller.legalForm?.trim(), invoice.seller.shareCapital?.trim() ? `au capital de ${invoice.seller.shareCapital.trim()}` : null, invoice.seller.registryCity?.trim() ? `RCS ${invoice.seller.registryCity.trim()}` : null]
    .filter(Boolean)
    .join(', ')
  const notes = [
    ...(legal ? [{ 'ram:Content': `${invoice.seller.name}, ${legal}`, 'ram:SubjectCode': 'REG' }] : []),
    ...(invoice.kind === 'INVOICE' && isBusinessBuyer(invoice)
      ? (['AAB', 'PMD', 'PMT'] as const).map((code) => ({ 'ram:Content': french.lateTermsNotes[code], 'ram:SubjectCode': code }))
      : []),
    ...(invoice.reason?.trim() ? [{ 'ram:Content': invoice.reason.trim(), 'ram:SubjectCode': 'AAI' }] : []),
  ]

  const lines = rows.lines.map((row, index) => ({
    'ram:AssociatedDocumentLineDocument': {
      'ram:LineID': String(index + 1),
      ...(row.attendeeNames.length ? { 'ram:IncludedNote': { 'ram:Content': `${french.attendees} : ${row.attendeeNames.join(', ')}` } } : {}),
    },
    'ram:SpecifiedTradeProduct': {
      'ram:Name': row.ticketType ? `${french.ticketType[row.ticketType]} — ${invoice.service.title}` : invoice.reason?.trim() || `${french.title[invoice.kind]} — ${invoice.service.title}`,
    },
    'ram:SpecifiedLineTradeAgreement': { 'ram:NetPriceProductTradePrice': { 'ram:ChargeAmount': money(row.unitNet) } },
    'ram:SpecifiedLineTradeDelivery': { 'ram:BilledQuantity': { '#': String(row.quantity), '@unitCode': 'C62' } },
    'ram:SpecifiedLineTradeSettlement': {
      'ram:ApplicableTradeTax': tax(),
      'ram:SpecifiedTradeSettlementLineMonetarySummation': { 'ram:LineTotalAmount': money(row.net) },
    },
  }))

  const document = {
    'rsm:CrossIndustryInvoice': {
      ...NAMESPACES,
      'rsm:ExchangedDocumentContext': { 'ram:GuidelineSpecifiedDocumentContextParameter': { 'ram:ID': 'urn:cen.eu:en16931:2017' } },
      'rsm:ExchangedDocument': {
        'ram:ID': invoice.number,
        'ram:TypeCode': invoice.kind === 'CREDIT_NOTE' ? '381' : '380',
        'ram:IssueDateTime': day(invoice.issueDate),
        ...(notes.length ? { 'ram:IncludedNote': notes } : {}),
      },
      'rsm:SupplyChainTradeTransaction': {
        'ram:IncludedSupplyChainTradeLineItem': lines,
        'ram:ApplicableHeaderTradeAgreement': {
          'ram:SellerTradeParty': sellerParty(invoice.seller),
          'ram:BuyerTradeParty': buyerParty(invoice.buyer, sellerCountry),
          'ram:SellerOrderReferencedDocument': { 'ram:IssuerAssignedID': invoice.bookingReference },
          ...(invoice.purchaseOrder?.trim() ? { 'ram:BuyerOrderReferencedDocument': { 'ram:IssuerAssignedID': invoice.purchaseOrder.trim() } } : {}),
        },
        'ram:ApplicableHeaderTradeDelivery': {},
        'ram:ApplicableHeaderTradeSettlement': {
          'ram:InvoiceCurrencyCode': invoice.currency.toUpperCase(),
          'ram:SpecifiedTradeSettlementPaymentMeans': { 'ram:TypeCode': PAYMENT_MEANS[invoice.payment.method] ?? 'ZZZ', 'ram:Information': french.method(invoice.payment.method) },
          'ram:ApplicableTradeTax': {
            'ram:CalculatedAmount': money(invoice.tax),
            'ram:TypeCode': 'VAT',
            ...(category.exemptionReason ? { 'ram:ExemptionReason': category.exemptionReason } : {}),
            'ram:BasisAmount': money(invoice.totalExclTax),
            'ram:CategoryCode': category.code,
            ...(category.code === 'S' ? { 'ram:DueDateTypeCode': '72' } : {}),
            'ram:RateApplicablePercent': category.rate,
          },
          'ram:BillingSpecifiedPeriod': { 'ram:StartDateTime': day(first), 'ram:EndDateTime': day(last) },
          ...(rows.discounts.length
            ? {
                'ram:SpecifiedTradeAllowanceCharge': rows.discounts.map((discount) => ({
                  'ram:ChargeIndicator': { 'udt:Indicator': 'false' },
                  'ram:ActualAmount': money(discount.net),
                  'ram:ReasonCode': '95',
                  'ram:Reason': french.discount(discount.kind, discount.code),
                  'ram:CategoryTradeTax': tax(),
                })),
              }
            : {}),
          'ram:SpecifiedTradePaymentTerms': { 'ram:Description': settled },
          'ram:SpecifiedTradeSettlementHeaderMonetarySummation': {
            'ram:LineTotalAmount': money(rows.lines.reduce((sum, row) => sum + row.net, 0)),
            ...(rows.discounts.length ? { 'ram:AllowanceTotalAmount': money(allowances) } : {}),
            'ram:TaxBasisTotalAmount': money(invoice.totalExclTax),
            'ram:TaxTotalAmount': { '#': money(invoice.tax), '@currencyID': invoice.currency.toUpperCase() },
            'ram:GrandTotalAmount': money(invoice.total),
            'ram:TotalPrepaidAmount': money(invoice.total),
            'ram:DuePayableAmount': money(0),
          },
          ...(invoice.kind === 'CREDIT_NOTE' && invoice.relatedInvoice
            ? {
                'ram:InvoiceReferencedDocument': {
                  'ram:IssuerAssignedID': invoice.relatedInvoice.number,
                  'ram:FormattedIssueDateTime': { 'qdt:DateTimeString': { '#': invoice.relatedInvoice.issueDate.replaceAll('-', ''), '@format': '102' } },
                },
              }
            : {}),
        },
      },
    },
  }
  return create({ encoding: 'UTF-8', version: '1.0' }, document).end({ prettyPrint: true })
}
