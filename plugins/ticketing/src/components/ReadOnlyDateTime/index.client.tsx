'use client'
import type { DateFieldClientComponent } from 'payload'

import { FieldDescription, FieldLabel, useField } from '@payloadcms/ui'

import { en } from '../../translations/languages/en'
import { fr } from '../../translations/languages/fr'
import { isTranslationKey } from '../../translations/translator'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'
import { LocalDateTime } from '../LocalDateTime/index.client'

/**
 * A date the system writes and staff only read (a hold's expiry, a confirmation, a ledger
 * entry): shown as text in the admin's language and the browser's time zone, rather than as a
 * date picker that cannot be used (and that Payload renders in English until something changes).
 */
export const ReadOnlyDateTime: DateFieldClientComponent = ({ field, path }) => {
  const { tr } = useTicketingTranslation()
  const { value } = useField<null | string>({ path })
  // As in MoneyInput: Payload may hand over our label in the language that rendered first.
  const name = field.name
  const label = isTranslationKey(name) && (field.label === undefined || field.label === en[name] || field.label === fr[name]) ? tr(name) : field.label || name
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <div className="field-type date-time read-only" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel htmlFor={id} label={label} path={path} />
      <output id={id} style={{ background: 'var(--theme-elevation-50)', borderRadius: 'var(--style-radius-s)', display: 'block', minHeight: 40, padding: '10px 15px' }}>
        <LocalDateTime value={value} />
      </output>
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={path} /> : null}
    </div>
  )
}
