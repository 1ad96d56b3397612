'use client'
import type { NumberFieldClientComponent } from 'payload'

import { FieldError, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { currencyDecimals } from '../../domain/currencyDecimals'
import { formatDecimal } from '../../domain/formatDecimal'
import { decimalMark, parseTypedAmount } from '../../domain/parseTypedAmount'
import { en } from '../../translations/languages/en'
import { fr } from '../../translations/languages/fr'
import { isTranslationKey } from '../../translations/translator'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'

const toText = (minor: null | number | undefined, currency: string, mark: string) => (typeof minor === 'number' ? formatDecimal(minor, currency).replace('.', mark) : '')

/** The currency's symbol in the admin's language ("€", "$ CA"), from Intl. */
const symbolOf = (currency: string, language: string) =>
  new Intl.NumberFormat(language, { currency, style: 'currency' }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency

/**
 * Edits an integer minor-unit amount as a decimal in the document's currency, written the way
 * the admin's language writes it ("450,00" in French, "450.00" in English); a decimal comma or
 * point, and thousands separators, are accepted either way.
 */
export const MoneyInput: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const { language, tr } = useTicketingTranslation()
  const { errorMessage, setValue, showError, value } = useField<null | number>({ path })
  const currency = useFormFields(([fields]) => fields?.currency?.value as string | undefined) || 'EUR'
  const mark = decimalMark(language)
  const [text, setText] = useState(toText(value, currency, mark))
  const [invalid, setInvalid] = useState(false)

  useEffect(() => {
    if (!invalid) setText(toText(value, currency, mark))
    // A half-typed invalid text is kept until it is fixed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, currency, mark])

  const commit = (input: string) => {
    setText(input)
    if (!input.trim()) {
      setInvalid(false)
      return setValue(null)
    }
    try {
      const minor = parseTypedAmount(input, currency)
      if (minor < 0) throw new RangeError('negative')
      setInvalid(false)
      setValue(minor)
    } catch {
      setInvalid(true)
    }
  }

  // Payload caches a custom field's client config per collection, not per language: a label of
  // ours may come in the language that rendered first, so ours is said again in the admin's.
  const name = field.name
  const ours = isTranslationKey(name) && (field.label === undefined || field.label === en[name] || field.label === fr[name])
  const label = ours ? tr(name) : field.label || name
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type number" style={{ flex: 1 }}>
      <FieldLabel htmlFor={id} label={label} path={path} required={field.required} />
      <div style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
        <input
          aria-invalid={invalid || showError}
          disabled={readOnly || field.admin?.readOnly}
          id={id}
          inputMode="decimal"
          onChange={(event) => commit(event.target.value)}
          style={{ flex: 1, minWidth: 0 }}
          type="text"
          value={text}
        />
        <span title={currency}>{symbolOf(currency, language)}</span>
      </div>
      {invalid ? <FieldError message={tr('moneyInvalid', { decimals: currencyDecimals(currency) })} path={path} showError /> : null}
      {showError ? <FieldError message={errorMessage} path={path} showError /> : null}
    </div>
  )
}
