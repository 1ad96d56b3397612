import type { NumberField } from 'payload'

import { translator } from '../translations/translator'

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
  validate: (value: null | number | undefined, { req }: { req: { t: (key: string) => string } }) => {
    const tr = translator(req.t)
    if (value === null || value === undefined) return required ? tr('moneyRequired') : true
    if (!Number.isSafeInteger(value) || value < 0) return tr('moneyWhole')
    return true
  },
  ...overrides,
}) as NumberField
