import type { PayloadRequest } from 'payload'

import { findBookingActivity } from '../../db/bookings/findBookingActivity'
import { formatDecimal } from '../../domain/formatDecimal'
import { en, type TicketingTranslationKey } from '../../translations/languages/en'
import { BookingAuditTrail } from '../BookingAuditTrail'
import { BookingInvoices } from '../BookingInvoices'

type Check = (args: { req: PayloadRequest }) => boolean | Promise<boolean>
type Props = { canSee?: Check; canSeeAudit?: Check; i18n?: { language?: string; t: (key: string) => string }; id?: number | string; req?: PayloadRequest }

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
  const t = (key: TicketingTranslationKey) => (i18n ? i18n.t(`plugin-ticketing:${key}`) : en[key])
  const status = (value: string) => t(`status_${value}` as TicketingTranslationKey)
  const when = (iso: null | string) => (iso ? new Date(iso).toLocaleString(i18n?.language ?? 'en', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }) + ' UTC' : '—')
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
                  <td style={cell}>{when(email.createdAt)}</td>
                  <td style={cell}>{status(email.kind)}</td>
                  <td style={cell}>{status(email.status)}</td>
                  <td style={number}>{email.attempts}</td>
                  <td style={cell}>{when(email.sentAt)}</td>
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
              <li key={entry.stripeObjectId} style={{ ...cell, display: 'flex', flexWrap: 'wrap', gap: 12 }}>
                <span>{when(entry.at)}</span>
                <strong>{status(entry.kind)}</strong>
                <span>
                  {formatDecimal(entry.amount, entry.currency)} {entry.currency}
                </span>
                <span>{entry.status}</span>
                <code>{entry.stripeObjectId}</code>
                {entry.failureMessage ? <span>{entry.failureMessage}</span> : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <BookingInvoices id={Number(id)} req={req} t={t} when={(iso) => when(iso)} />
      {audit}
    </div>
  )
}
