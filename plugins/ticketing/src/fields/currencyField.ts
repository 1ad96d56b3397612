import type { SelectField } from 'payload'

/** "EUR (euro)" in French, "EUR (Euro)" in English: the code, then the currency's name in that language. */
const currencyLabel = (code: string) =>
  Object.fromEntries(['en', 'fr'].map((language) => [language, `${code} (${new Intl.DisplayNames([language], { type: 'currency' }).of(code) ?? code})`]))

/** ISO 4217 currency, upper-case, limited to the plugin's configured currencies. */
export const currencyField = (currencies: string[], overrides: Partial<SelectField> = {}): SelectField => ({
  name: 'currency',
  type: 'select',
  defaultValue: currencies[0],
  options: currencies.map((code) => ({ label: currencyLabel(code), value: code })),
  required: true,
  ...overrides,
} as SelectField)
