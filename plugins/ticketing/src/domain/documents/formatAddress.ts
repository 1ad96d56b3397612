/** A postal address as frozen on a document. */
export type PostalAddress = {
  city: string
  country: string
  line1: string
  line2?: null | string
  postalCode: string
  region?: null | string
}

/** Countries that write the postcode after the city (the rest of Europe writes it before). */
const CITY_FIRST = new Set(['AU', 'GB', 'IE', 'NZ', 'US'])

/**
 * The lines of a postal address the way its country writes them: `75002 Paris` in France,
 * `Montréal (Québec)  H2Z 1H5` in Canada (French usage), `London NW1 6XE` in Britain,
 * `Boston MA 02110` where a region is given.
 * The country's name (in French) ends the address when it differs from `homeCountry`, the
 * country of the document's issuer.
 */
export function formatAddress(address: PostalAddress, homeCountry: string): string[] {
  const country = address.country.toUpperCase()
  const region = address.region?.trim()
  const cityLine =
    country === 'CA'
      ? `${address.city}${region ? ` (${region})` : ''}  ${address.postalCode}`
      : region || CITY_FIRST.has(country)
        ? `${address.city}${region ? ` ${region}` : ''} ${address.postalCode}`
        : `${address.postalCode} ${address.city}`
  const lines = [address.line1, address.line2 ?? '', cityLine.trim()].map((line) => line.trim()).filter(Boolean)
  if (country !== homeCountry.toUpperCase()) lines.push(new Intl.DisplayNames('fr', { type: 'region' }).of(country) ?? country)
  return lines
}
