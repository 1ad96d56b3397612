import type { SelectField } from 'payload'

/** ISO 4217 currency, upper-case, limited to the plugin's configured currencies. */
export const currencyField = (currencies: string[], overrides: Partial<SelectField> = {}): SelectField => ({
  name: 'currency',
  type: 'select',
  defaultValue: currencies[0],
  options: currencies.map((code) => ({ label: code, value: code })),
  required: true,
  ...overrides,
} as SelectField)
