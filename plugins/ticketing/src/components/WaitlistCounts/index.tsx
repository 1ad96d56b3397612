import type { Payload, PayloadRequest } from 'payload'

import { waitlistCounts } from '../../db/waitlist/waitlistCounts'
import { translator } from '../../translations/translator'
import { DashboardTable } from '../DashboardTable'

type Props = {
  canSee?: (args: { req: PayloadRequest }) => boolean | Promise<boolean>
  i18n?: { t: (key: string) => string }
  payload: Payload
  user?: null | Record<string, unknown>
}


/** On the admin dashboard, for sales staff: each event's waiting list (seats waited for, offered, entries, bookings made from offers). */
export const WaitlistCounts = async ({ canSee, i18n, payload, user }: Props) => {
  if (!user || !canSee || !(await canSee({ req: { payload, user } as unknown as PayloadRequest }))) return null
  const t = translator(i18n?.t)
  const locale = payload.config.localization ? payload.config.localization.defaultLocale : 'fr'
  const events = await waitlistCounts({ payload, transactionID: undefined } as unknown as PayloadRequest, locale)
  const admin = payload.config.routes.admin
  return (
    <DashboardTable
      columns={[
        { label: t('dashboardEvent') },
        { label: t('dashboardWaitlistWaiting'), numeric: true },
        { label: t('dashboardWaitlistOffered'), numeric: true },
        { label: t('dashboardWaitlistBooked'), numeric: true },
      ]}
      empty={t('dashboardWaitlistNone')}
      id="ticketing-waitlists"
      rows={events.map((event) => ({
        cells: [
          <a href={`${admin}/collections/waitlist-entries?where[cityEvent][equals]=${event.eventId}`} key="title">
            {event.title}
          </a>,
          `${event.waiting} (${event.entriesWaiting})`,
          event.offered,
          event.booked,
        ],
        key: event.eventId,
      }))}
      title={t('dashboardWaitlist')}
    />
  )
}
