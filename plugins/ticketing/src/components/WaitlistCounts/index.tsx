import type { Payload, PayloadRequest } from 'payload'

import { waitlistCounts } from '../../db/waitlist/waitlistCounts'
import { translator } from '../../translations/translator'

type Props = {
  canSee?: (args: { req: PayloadRequest }) => boolean | Promise<boolean>
  i18n?: { t: (key: string) => string }
  payload: Payload
  user?: null | Record<string, unknown>
}

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '8px 12px', textAlign: 'left' } as const
const number = { ...cell, fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const

/** On the admin dashboard, for sales staff: each event's waiting list (seats waited for, offered, entries, bookings made from offers). */
export const WaitlistCounts = async ({ canSee, i18n, payload, user }: Props) => {
  if (!user || !canSee || !(await canSee({ req: { payload, user } as unknown as PayloadRequest }))) return null
  const t = translator(i18n?.t)
  const locale = payload.config.localization ? payload.config.localization.defaultLocale : 'fr'
  const events = await waitlistCounts({ payload, transactionID: undefined } as unknown as PayloadRequest, locale)
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="ticketing-waitlists" style={{ marginBottom: 32 }}>
      <h2 id="ticketing-waitlists" style={{ marginBottom: 12 }}>
        {t('dashboardWaitlist')}
      </h2>
      {events.length === 0 ? (
        <p>{t('dashboardWaitlistNone')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{t('dashboardEvent')}</th>
              <th style={number}>{t('dashboardWaitlistWaiting')}</th>
              <th style={number}>{t('dashboardWaitlistOffered')}</th>
              <th style={number}>{t('dashboardWaitlistBooked')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.eventId}>
                <td style={cell}>
                  <a href={`${admin}/collections/waitlist-entries?where[cityEvent][equals]=${event.eventId}`}>{event.title}</a>
                </td>
                <td style={number}>
                  {event.waiting} ({event.entriesWaiting})
                </td>
                <td style={number}>{event.offered}</td>
                <td style={number}>{event.booked}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
