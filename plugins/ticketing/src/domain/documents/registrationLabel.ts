/**
 * The name of a business registration number as its country prints it: `SIREN` (9 digits) or
 * `SIRET` (14 digits) in France, `NEQ` in Québec (Canada), `N° d’immatriculation` otherwise.
 */
export function registrationLabel(country: string, number: string): string {
  const code = country.trim().toUpperCase()
  if (code === 'CA') return 'NEQ'
  if (code !== 'FR') return 'N° d’immatriculation'
  return number.replace(/\s/g, '').length === 14 ? 'SIRET' : 'SIREN'
}
