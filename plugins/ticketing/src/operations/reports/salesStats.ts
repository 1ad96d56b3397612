import type { PayloadRequest } from 'payload'

import { salesStatsRows } from '../../db/reports/salesStatsRows'

const n = (value: unknown) => Number(value ?? 0)

/**
 * Sales per event (`GET /stats`): seats, bookings by outcome, conversion (confirmed ÷
 * created) and revenue per currency (gross received, refunded, net). Titles in `locale`, or
 * `fallbackLocale` for an event not written in it (the admin's dashboard).
 */
export const salesStats = async (req: PayloadRequest, eventId: null | number, locale: string, fallbackLocale?: string) => {
  const { events, revenue } = await salesStatsRows(req, eventId, locale, fallbackLocale)
  return {
    events: events.map((e) => ({
      bookings: { cancelled: n(e.cancelled), confirmed: n(e.confirmed), created: n(e.created), expired: n(e.expired), refunded: n(e.refunded) },
      capacity: n(e.capacity),
      conversion: n(e.created) ? n(e.confirmed) / n(e.created) : 0,
      eventId: n(e.id),
      revenue: revenue
        .filter((r) => n(r.event_id) === n(e.id))
        .map((r) => ({ currency: String(r.currency), gross: n(r.gross), net: n(r.gross) - n(r.refunded), refunded: n(r.refunded) })),
      seatsAvailable: Math.max(0, n(e.available)),
      seatsConfirmed: n(e.seats_confirmed),
      seatsHeld: n(e.seats_held),
      title: String(e.title ?? ''),
    })),
  }
}
