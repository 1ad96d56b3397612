import type { NumberField } from 'payload'

type MoneyFieldArgs = {
  name: string
  label?: string
  required?: boolean
  readOnly?: boolean
  overrides?: Partial<NumberField>
}

/**
 * An amount in the currency's minor unit (cents for EUR/CAD, yen for JPY), stored as an
 * integer. The admin shows and edits it as a decimal through the MoneyInput component.
 */
export const moneyField = ({ name, label, overrides, readOnly, required }: MoneyFieldArgs): NumberField =>
  ({
  name,
  type: 'number',
  admin: {
    components: { Cell: '@masterclass/plugin-ticketing/client#MoneyCell', Field: '@masterclass/plugin-ticketing/client#MoneyInput' },
    readOnly,
  },
  label,
  min: 0,
  required,
  validate: (value: null | number | undefined) => {
    if (value === null || value === undefined) return required ? 'This amount is required.' : true
    if (!Number.isSafeInteger(value) || value < 0) return 'Amounts are whole, non-negative numbers of minor units.'
    return true
  },
  ...overrides,
}) as NumberField
