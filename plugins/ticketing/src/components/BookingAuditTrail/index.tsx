import type { PayloadRequest } from 'payload'
import { Fragment, type ReactNode } from 'react'

import { formatMoney } from '../../domain/formatMoney'
import { bookingAuditTrail } from '../../operations/audit/bookingAuditTrail'
import type { TicketingTranslationKey } from '../../translations/languages/en'
import { type Translate, translator, valueLabel } from '../../translations/translator'
import { LocalDateTime } from '../LocalDateTime/index.client'

type Props = { i18n?: { language?: string; t: (key: string, vars?: Record<string, unknown>) => string }; id: number; req: PayloadRequest }

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' } as const

const show = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value))

/** Internal ids and hashes the page leaves out (the entry keeps them). */
const HIDDEN = ['bookingIds', 'changes', 'currency', 'emailHash', 'fields', 'refundRequestId']

const detailValue = (key: string, value: unknown, t: Translate): ReactNode => {
  if (typeof value !== 'string') return show(value)
  if (key === 'status') return valueLabel(t, 'ledger_', value)
  if (key === 'reason' || key === 'kind') return valueLabel(t, 'auditValue_', value)
  if (key === 'checkedInAt') return <LocalDateTime value={value} />
  return value
}

/** What the action did, compactly: an amount in its currency, then the other details, each named. */
const summary = ({ amount, currency, ...rest }: Record<string, unknown>, language: string, t: Translate): ReactNode[] => {
  const money = typeof amount === 'number' && typeof currency === 'string' ? [formatMoney(amount, currency, language)] : amount === undefined ? [] : [`${t('auditDetail_amount')}: ${show(amount)}`]
  const others = Object.entries(rest)
    .filter(([key]) => !HIDDEN.includes(key))
    // Each detail named in the reader's language; a refund's Stripe status ("Réussi"), its reason
    // and an email's kind in words; a date in the reader's format; other values as recorded.
    .map(([key, value]) => (
      <Fragment key={key}>
        {valueLabel(t, 'auditDetail_', key)}: {detailValue(key, value, t)}
      </Fragment>
    ))
  return [...money, ...others].map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? ' · ' : null}
      {part}
    </Fragment>
  ))
}

/**
 * A booking's audit entries on its admin page (admins): who refunded, resent, edited the buyer
 * or an attendee (the values before and after, until the personal data is erased), or erased
 * it, when and from which address.
 */
export const BookingAuditTrail = async ({ i18n, id, req }: Props) => {
  const t = translator(i18n?.t)
  const language = i18n?.language ?? 'en'
  const entries = await bookingAuditTrail(req, id)
  return (
    <section aria-labelledby="booking-activity-audit">
      <h3 id="booking-activity-audit">{t('activityAudit')}</h3>
      {entries.length === 0 ? (
        <p>{t('activityNone')}</p>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {entries.map((entry) => (
            <li data-audit-action={entry.action} key={entry.id} style={{ ...cell, display: 'grid', gap: 4, overflowWrap: 'anywhere' }}>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
                <LocalDateTime value={entry.createdAt} />
                <strong>{t(`auditAction_${entry.action.replace('.', '_')}` as TicketingTranslationKey)}</strong>
                <span>{entry.user ?? t('auditSystem')}</span>
                {entry.ip ? <code>{entry.ip}</code> : null}
                {entry.target ? <code>{entry.target}</code> : null}
              </div>
              {entry.changes === 'erased' ? (
                <em>
                  {show((entry.details.fields as string[] | undefined)?.join(', '))}: {t('auditErasedValues')}
                </em>
              ) : entry.changes ? (
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {Object.entries(entry.changes).map(([field, change]) => (
                    <li key={field}>
                      <code>{field}</code>: {show(change.before)} → {show(change.after)}
                    </li>
                  ))}
                </ul>
              ) : (
                <span>{summary(entry.details, language, t)}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
