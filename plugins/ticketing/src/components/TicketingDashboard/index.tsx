import type { Payload, PayloadRequest } from 'payload'

import { formatMoney } from '../../domain/formatMoney'
import { translator } from '../../translations/translator'
import { salesStats } from '../../operations/reports/salesStats'
import { certificatesPerEvent, checkInsPerDay } from '../../db/checkIns/checkInsPerDay'
import type { AccessCheck } from '../../types'
import { DashboardTable } from '../DashboardTable'

type Props = { canCheckIn?: AccessCheck; canUse?: AccessCheck; i18n?: { language?: string; t: (key: string, vars?: Record<string, unknown>) => string }; payload: Payload; user?: null | Record<string, unknown> }


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
  const admin = payload.config.routes.admin
  return (
    <DashboardTable
      columns={[
        { label: t('dashboardEvent') },
        { label: t('dashboardSold'), numeric: true },
        { label: t('dashboardHeld'), numeric: true },
        { label: t('dashboardLeft'), numeric: true },
        { label: t('dashboardConversion'), numeric: true },
        { label: t('dashboardNetRevenue'), numeric: true },
        { label: t('dashboardCheckIns'), testId: 'dashboard-check-ins' },
        { label: t('dashboardCertificates'), numeric: true, testId: 'dashboard-certificates' },
      ]}
      empty={t('dashboardNoEvents')}
      id="ticketing-dashboard"
      rows={events.map((event) => ({
        cells: [
          <a href={`${admin}/collections/city-events/${event.eventId}`} key="title">
            {event.title}
          </a>,
          `${count.format(event.seatsConfirmed)} / ${count.format(event.capacity)}`,
          count.format(event.seatsHeld),
          count.format(event.seatsAvailable),
          percent.format(event.conversion),
          event.revenue.length ? event.revenue.map((r) => formatMoney(r.net, r.currency, language)).join(' · ') : t('dashboardRevenueNone'),
          checkIns.get(event.eventId)?.map(({ count, day }) => `${day}: ${count}`).join(' · ') ?? '—',
          certificates.get(event.eventId) ?? 0,
        ],
        key: event.eventId,
      }))}
      title={t('ticketing')}
    />
  )
}
