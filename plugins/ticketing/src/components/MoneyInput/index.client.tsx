'use client'
import type { NumberFieldClientComponent } from 'payload'

import { FieldError, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { currencyDecimals } from '../../domain/money'

const toText = (minor: null | number | undefined, decimals: number) =>
  typeof minor === 'number' ? (minor / 10 ** decimals).toFixed(decimals) : ''

/** Edits an integer minor-unit amount as a decimal in the currency of the document. */
export const MoneyInput: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const { errorMessage, setValue, showError, value } = useField<null | number>({ path })
  const currency = useFormFields(([fields]) => fields?.currency?.value as string | undefined) || 'EUR'
  const decimals = currencyDecimals(currency)
  const [text, setText] = useState(toText(value, decimals))
  const [invalid, setInvalid] = useState(false)

  useEffect(() => setText(toText(value, decimals)), [value, decimals])

  const commit = (input: string) => {
    setText(input)
    const trimmed = input.trim().replace(',', '.')
    if (!trimmed) {
      setInvalid(false)
      return setValue(null)
    }
    const match = new RegExp(`^\\d+(\\.\\d{0,${decimals}})?$`).exec(trimmed)
    setInvalid(!match)
    if (match) {
      const [whole, fraction = ''] = trimmed.split('.')
      setValue(Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || 0))
    }
  }

  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type number" style={{ flex: 1 }}>
      <FieldLabel htmlFor={id} label={field.label || field.name} path={path} required={field.required} />
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
        <span aria-label="currency">{currency}</span>
      </div>
      {invalid ? <FieldError message={`Use a number with at most ${decimals} decimals.`} path={path} showError /> : null}
      {showError ? <FieldError message={errorMessage} path={path} showError /> : null}
    </div>
  )
}
