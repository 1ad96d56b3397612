import type { Endpoint } from 'payload'

import { findUpcomingEvents } from '../../db/events/findEvents'
import { quote } from '../../domain/pricing/quote'
import { salesState } from '../../domain/salesState'
import { eventLocales } from '../../operations/events/eventLocales'
import { quoteView } from '../../operations/events/quoteView'
import { defineEndpoint } from '../http/defineEndpoint'

/** GET /api/ticketing/events?locale=fr — upcoming PUBLISHED and SOLD_OUT events, live seats and a 1-seat quote. */
export const listEventsEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/events', async (req) => {
    const now = new Date()
    const locales = eventLocales(req, req.searchParams.get('locale'))
    const events = await findUpcomingEvents(req, locales)
    return Response.json({
      events: events.map((event) => {
        const priced = quote({ event, now, quantity: 1 })
        return {
          id: event.id,
          capacity: event.capacity,
          city: event.city,
          country: event.country,
          currency: event.currency,
          earlyBirdDeadline: event.earlyBirdDeadline,
          earlyBirdPrice: event.earlyBirdPrice,
          endsAt: event.endsAt,
          groupDiscountPercent: event.groupDiscountPercent,
          groupMinimum: event.groupMinimum,
          maxPerBooking: event.maxPerBooking,
          quote: priced.ok ? quoteView(event, priced.quote) : null,
          regularPrice: event.regularPrice,
          salesOpen: salesState(event, now).open,
          seatsAvailable: event.seatsAvailable,
          slug: event.slug,
          startsAt: event.startsAt,
          status: event.status,
          timezone: event.timezone,
          title: event.title,
          venueAddress: event.venueAddress,
          venueName: event.venueName,
        }
      }),
    })
  })
