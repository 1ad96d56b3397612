import type { Payload, PayloadRequest } from 'payload'

import { formatMoney } from '../../domain/formatMoney'
import { translator } from '../../translations/translator'
import { salesStats } from '../../operations/reports/salesStats'
import { certificatesPerEvent, checkInsPerDay } from '../../db/checkIns/checkInsPerDay'
import type { AccessCheck } from '../../types'

type Props = { canCheckIn?: AccessCheck; canUse?: AccessCheck; i18n?: { language?: string; t: (key: string, vars?: Record<string, unknown>) => string }; payload: Payload; user?: null | Record<string, unknown> }

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '8px 12px', textAlign: 'left' } as const
const number = { ...cell, fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const

/**
 * The ticketing dashboard above the admin's collections: per event, seats sold / held / left,
 * conversion, and net revenue per currency — live figures, read when the page renders.
 */
export const TicketingDashboard = async ({ canCheckIn, canUse, i18n, payload, user }: Props) => {
  if (!user) return null
  const t = translator(i18n?.t)
  const language = i18n?.language ?? 'en'
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
  // Event titles in the admin's language when the site has it, else in its default one.
  const localization = payload.config.localization
  const locale = localization ? (localization.localeCodes.includes(language) ? language : localization.defaultLocale) : language
  const [{ events }, checkIns, certificates] = await Promise.all([salesStats(req, null, locale, localization ? localization.defaultLocale : undefined), checkInsPerDay(req), certificatesPerEvent(req)])
  const count = new Intl.NumberFormat(language)
  const percent = new Intl.NumberFormat(language, { maximumFractionDigits: 0, style: 'percent' })
  return (
    <section aria-labelledby="ticketing-dashboard" style={{ marginBottom: 32 }}>
      <h2 id="ticketing-dashboard" style={{ marginBottom: 12 }}>
        {t('ticketing')}
      </h2>
      {events.length === 0 ? <p>{t('dashboardNoEvents')}</p> : null}
      <table hidden={events.length === 0} style={{ borderCollapse: 'collapse', width: '100%' }}>
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
                {count.format(event.seatsConfirmed)} / {count.format(event.capacity)}
              </td>
              <td style={number}>{count.format(event.seatsHeld)}</td>
              <td style={number}>{count.format(event.seatsAvailable)}</td>
              <td style={number}>{percent.format(event.conversion)}</td>
              <td style={number}>
                {event.revenue.length ? event.revenue.map((r) => formatMoney(r.net, r.currency, language)).join(' · ') : t('dashboardRevenueNone')}
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
