import { rateMillis } from './splitTaxInclusive'

export type SellerInput = {
  address?: { country?: null | string } | null
  certificatePrefix?: null | string
  creditNotePrefix?: null | string
  exemptionText?: null | string
  invoicePrefix?: null | string
  taxes?: { name?: null | string; ratePercent?: null | string }[] | null
  timezone?: null | string
}

const PREFIX = /^[A-Z0-9-]{1,10}$/

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const isRate = (rate: string) => {
  try {
    return rateMillis(rate) < 100_000n
  } catch {
    return false
  }
}

/**
 * What is wrong with a seller for issuing documents, field by field: a seller with no tax
 * needs its exemption text (the legal ground printed instead), rates are decimals below 100,
 * prefixes are upper-case letters, digits or dashes (an invoice and a credit note never share
 * one), the country is ISO 3166-1 alpha-2 and the time zone IANA.
 */
export function sellerProblems(seller: SellerInput): { message: string; path: string }[] {
  const problems: { message: string; path: string }[] = []
  const taxes = seller.taxes ?? []
  if (!taxes.length && !seller.exemptionText?.trim()) problems.push({ message: 'A seller without taxes needs the exemption text printed instead (e.g. "TVA non applicable, art. 293 B du CGI").', path: 'exemptionText' })
  taxes.forEach((tax, index) => {
    if (!tax.ratePercent || !isRate(tax.ratePercent)) problems.push({ message: 'A rate is a decimal percentage below 100, e.g. 20 or 9.975.', path: `taxes.${index}.ratePercent` })
  })
  if (seller.invoicePrefix != null && !PREFIX.test(seller.invoicePrefix)) problems.push({ message: 'Upper-case letters, digits or dashes, at most 10.', path: 'invoicePrefix' })
  if (seller.creditNotePrefix != null && !PREFIX.test(seller.creditNotePrefix)) problems.push({ message: 'Upper-case letters, digits or dashes, at most 10.', path: 'creditNotePrefix' })
  if (seller.certificatePrefix != null && seller.certificatePrefix !== '' && !PREFIX.test(seller.certificatePrefix)) problems.push({ message: 'Upper-case letters, digits or dashes, at most 10.', path: 'certificatePrefix' })
  if (seller.invoicePrefix && seller.invoicePrefix === seller.creditNotePrefix) problems.push({ message: 'Credit notes need their own prefix (their own number series).', path: 'creditNotePrefix' })
  const country = seller.address?.country
  // A French seller's invoices are Factur-X (EN 16931), which carries one VAT rate per document.
  if (country === 'FR' && taxes.length > 1) problems.push({ message: 'A French seller charges one VAT rate (Factur-X invoices carry one).', path: 'taxes' })
  if (country != null && !/^[A-Z]{2}$/.test(country)) problems.push({ message: 'An ISO 3166-1 alpha-2 country code in capitals, e.g. FR or CA.', path: 'address.country' })
  if (seller.timezone != null && !isTimeZone(seller.timezone)) problems.push({ message: 'An IANA time zone, e.g. Europe/Paris or America/Toronto.', path: 'timezone' })
  return problems
}
