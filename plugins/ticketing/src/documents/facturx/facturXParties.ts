import type { BuyerBlock, DocumentAddress, SellerBlock } from '../types'

type Node = Record<string, unknown>

const digits = (value: null | string | undefined) => value?.replace(/\s/g, '') ?? ''

/** The legal registration of a French company: SIREN (scheme 0002) from a SIREN or SIRET. */
function legalOrganization(number: null | string | undefined, country: string): Node | undefined {
  const value = digits(number)
  if (!value) return undefined
  if (country === 'FR' && /^\d{9}(\d{5})?$/.test(value)) return { 'ram:ID': { '#': value.slice(0, 9), '@schemeID': '0002' } }
  return { 'ram:ID': value }
}

function address(value: DocumentAddress): Node {
  return {
    'ram:PostcodeCode': value.postalCode,
    'ram:LineOne': value.line1,
    ...(value.line2?.trim() ? { 'ram:LineTwo': value.line2.trim() } : {}),
    'ram:CityName': value.city,
    'ram:CountryID': value.country.toUpperCase(),
    ...(value.region?.trim() ? { 'ram:CountrySubDivisionName': value.region.trim() } : {}),
  }
}

const email = (value: null | string | undefined) => (value?.trim() ? { 'ram:URIUniversalCommunication': { 'ram:URIID': { '#': value.trim(), '@schemeID': 'EM' } } } : {})

/**
 * The seller (BG-4): name, SIREN, address, email, and its VAT number — or, for a seller
 * without one, its registration as tax registration (BT-32), which EN 16931 asks of a seller
 * invoicing exempt services.
 */
export function sellerParty(seller: SellerBlock): Node {
  const country = seller.address.country.toUpperCase()
  const organization = legalOrganization(seller.registrationNumber, country)
  const vat = seller.vatNumber?.trim()
  const taxRegistration = vat ? { '#': vat, '@schemeID': 'VA' } : digits(seller.registrationNumber) ? { '#': digits(seller.registrationNumber), '@schemeID': 'FC' } : null
  return {
    'ram:Name': seller.name,
    ...(organization ? { 'ram:SpecifiedLegalOrganization': organization } : {}),
    'ram:PostalTradeAddress': address(seller.address),
    ...email(seller.email),
    ...(taxRegistration ? { 'ram:SpecifiedTaxRegistration': { 'ram:ID': taxRegistration } } : {}),
  }
}

/**
 * The buyer (BG-7): the company (with the person as contact) or the person, their SIREN and
 * VAT number when given. A buyer who gave no address gets the seller's country alone, the
 * least EN 16931 asks of a buyer's address.
 */
export function buyerParty(buyer: BuyerBlock, sellerCountry: string): Node {
  const company = buyer.company?.trim()
  const country = (buyer.address?.country ?? sellerCountry).toUpperCase()
  const organization = legalOrganization(buyer.registrationNumber, country)
  return {
    'ram:Name': company || buyer.name,
    ...(organization ? { 'ram:SpecifiedLegalOrganization': organization } : {}),
    ...(company ? { 'ram:DefinedTradeContact': { 'ram:PersonName': buyer.name } } : {}),
    'ram:PostalTradeAddress': buyer.address ? address(buyer.address) : { 'ram:CountryID': country },
    ...email(buyer.email),
    ...(buyer.vatNumber?.trim() ? { 'ram:SpecifiedTaxRegistration': { 'ram:ID': { '#': buyer.vatNumber.trim(), '@schemeID': 'VA' } } } : {}),
  }
}
