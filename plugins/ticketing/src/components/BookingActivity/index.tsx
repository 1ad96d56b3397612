import type { PayloadRequest } from 'payload'

import { findBookingActivity } from '../../db/bookings/findBookingActivity'
import { formatMoney } from '../../domain/formatMoney'
import { translator, valueLabel } from '../../translations/translator'
import { BookingAuditTrail } from '../BookingAuditTrail'
import { LocalDateTime } from '../LocalDateTime/index.client'
import { StatusBadge } from '../StatusBadge/index.client'
import { BookingInvoices } from '../BookingInvoices'

type Check = (args: { req: PayloadRequest }) => boolean | Promise<boolean>
type Props = { canSee?: Check; canSeeAudit?: Check; i18n?: { language?: string; t: (key: string, vars?: Record<string, unknown>) => string }; id?: number | string; req?: PayloadRequest }

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' } as const
const number = { ...cell, fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const

/**
 * On a booking's admin page (finance and admins): its emails — queued, sent, failed with the
 * SMTP error and the number of attempts — its payments ledger, oldest first, and its invoices
 * and credit notes with their PDFs (BookingInvoices); for admins
 * also its audit entries (BookingAuditTrail).
 */
export const BookingActivity = async ({ canSee, canSeeAudit, i18n, id, req }: Props) => {
  if (!req?.user || !id) return null
  const audit = canSeeAudit && (await canSeeAudit({ req })) ? <BookingAuditTrail i18n={i18n} id={Number(id)} req={req} /> : null
  if (!canSee || !(await canSee({ req }))) return audit
  const t = translator(i18n?.t)
  const language = i18n?.language ?? 'en'
  const { emails, ledger } = await findBookingActivity(req, Number(id))
  return (
    <div className="booking-activity" style={{ display: 'grid', gap: 24, marginBottom: 24 }}>
      <section aria-labelledby="booking-activity-emails">
        <h3 id="booking-activity-emails">{t('activityEmails')}</h3>
        {emails.length === 0 ? (
          <p>{t('activityNone')}</p>
        ) : (
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>{t('activityWhen')}</th>
                <th style={cell}>{t('emailKind')}</th>
                <th style={cell}>{t('status')}</th>
                <th style={number}>{t('attempts')}</th>
                <th style={cell}>{t('sentAt')}</th>
                <th style={cell}>{t('lastError')}</th>
              </tr>
            </thead>
            <tbody>
              {emails.map((email, index) => (
                <tr data-email-status={email.status} key={index}>
                  <td style={cell}>
                    <LocalDateTime value={email.createdAt} />
                  </td>
                  <td style={cell}>{valueLabel(t, 'status_', email.kind)}</td>
                  <td style={cell}>
                    <StatusBadge value={email.status} />
                  </td>
                  <td style={number}>{email.attempts}</td>
                  <td style={cell}>
                    <LocalDateTime value={email.sentAt} />
                  </td>
                  <td style={cell}>{email.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="booking-activity-ledger">
        <h3 id="booking-activity-ledger">{t('activityLedger')}</h3>
        {ledger.length === 0 ? (
          <p>{t('activityNone')}</p>
        ) : (
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {ledger.map((entry) => (
              <li data-ledger-kind={entry.kind} key={entry.stripeObjectId} style={{ ...cell, alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
                <LocalDateTime value={entry.at} />
                <strong>{valueLabel(t, 'status_', entry.kind)}</strong>
                <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMoney(entry.kind === 'PAYMENT' ? entry.amount : -entry.amount, entry.currency, language)}</span>
                <StatusBadge kind="ledger" value={entry.status} />
                <code>{entry.stripeObjectId}</code>
                {entry.failureMessage ? <span>{entry.failureMessage}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <BookingInvoices id={Number(id)} language={language} req={req} t={t} />
      {audit}
    </div>
  )
}
