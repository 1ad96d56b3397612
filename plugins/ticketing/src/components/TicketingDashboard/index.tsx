import type { Payload, PayloadRequest } from 'payload'

import { formatDecimal } from '../../domain/formatDecimal'
import { en, type TicketingTranslationKey } from '../../translations/languages/en'
import { salesStats } from '../../operations/reports/salesStats'
import { certificatesPerEvent, checkInsPerDay } from '../../db/checkIns/checkInsPerDay'
import type { AccessCheck } from '../../types'

type Props = { canCheckIn?: AccessCheck; canUse?: AccessCheck; i18n?: { t: (key: string) => string }; payload: Payload; user?: null | Record<string, unknown> }

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '8px 12px', textAlign: 'left' } as const
const number = { ...cell, fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const

/**
 * The ticketing dashboard above the admin's collections: per event, seats sold / held / left,
 * conversion, and net revenue per currency — live figures, read when the page renders.
 */
export const TicketingDashboard = async ({ canCheckIn, canUse, i18n, payload, user }: Props) => {
  if (!user) return null
  const t = (key: TicketingTranslationKey) => (i18n ? i18n.t(`plugin-ticketing:${key}`) : en[key])
  const req = { payload, transactionID: undefined, user } as unknown as PayloadRequest
  // Door staff see the way to the scanner, not the sales.
  if (canUse && !(await canUse({ req }))) {
    if (!canCheckIn || !(await canCheckIn({ req }))) return null
    return (
      <p style={{ marginBottom: 32 }}>
        <a data-testid="dashboard-check-in" href={`${payload.config.routes.admin}/check-in`} style={{ fontSize: 20, fontWeight: 700 }}>
          {t('checkInTitle')} →
        </a>
      </p>
    )
  }
  const locale = payload.config.localization ? payload.config.localization.defaultLocale : 'fr'
  const [{ events }, checkIns, certificates] = await Promise.all([salesStats(req, null, locale), checkInsPerDay(req), certificatesPerEvent(req)])
  if (!events.length) return null
  return (
    <section aria-labelledby="ticketing-dashboard" style={{ marginBottom: 32 }}>
      <h2 id="ticketing-dashboard" style={{ marginBottom: 12 }}>
        {t('ticketing')}
      </h2>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cell}>{t('dashboardEvent')}</th>
            <th style={number}>{t('dashboardSold')}</th>
            <th style={number}>{t('dashboardHeld')}</th>
            <th style={number}>{t('dashboardLeft')}</th>
            <th style={number}>{t('dashboardConversion')}</th>
            <th style={number}>{t('dashboardNetRevenue')}</th>
            <th style={cell}>{t('dashboardCheckIns')}</th>
            <th style={number}>{t('dashboardCertificates')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.eventId}>
              <td style={cell}>
                <a href={`${payload.config.routes.admin}/collections/city-events/${event.eventId}`}>{event.title}</a>
              </td>
              <td style={number}>
                {event.seatsConfirmed} / {event.capacity}
              </td>
              <td style={number}>{event.seatsHeld}</td>
              <td style={number}>{event.seatsAvailable}</td>
              <td style={number}>{Math.round(event.conversion * 100)} %</td>
              <td style={number}>
                {event.revenue.length ? event.revenue.map((r) => `${formatDecimal(r.net, r.currency)} ${r.currency}`).join(' · ') : '—'}
              </td>
              <td data-testid="dashboard-check-ins" style={cell}>
                {checkIns.get(event.eventId)?.map(({ count, day }) => `${day}: ${count}`).join(' · ') ?? '—'}
              </td>
              <td data-testid="dashboard-certificates" style={number}>
                {certificates.get(event.eventId) ?? 0}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
