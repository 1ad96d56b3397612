import type { PayloadRequest } from 'payload'

import { findBookingActivity } from '../../db/bookings/findBookingActivity'
import { findEvent } from '../../db/events/findEvents'
import { findAttendeeRecords, findBookingsOfBuyer } from '../../db/privacy/findPersonalRecords'
import { findWaitlistEntriesOf } from '../../db/privacy/findWaitlistEntriesOf'
import { eventLocales } from '../events/eventLocales'

type Section = (req: PayloadRequest, email: string) => Promise<unknown[]>

const eventSummary = async (req: PayloadRequest, eventId: number, locale: null | string) => {
  const event = await findEvent(req, eventId, eventLocales(req, locale, { lenient: true }))
  return event && { id: event.id, city: event.city, endsAt: event.endsAt, slug: event.slug, startsAt: event.startsAt, title: event.title }
}

/** The buyer's bookings, each with its event, attendees, payments and emails. */
const bookings: Section = async (req, email) => {
  const found = await findBookingsOfBuyer(req, email)
  return Promise.all(
    found.map(async ({ accessTokenHash: _secret, eventId, id, ...booking }) => {
      const { emails, ledger } = await findBookingActivity(req, id)
      return {
        ...booking,
        attendees: (await findAttendeeRecords(req, { bookingIds: [id] })).map(({ email, name, position, ticketCode }) => ({ email, name, position, ticketCode })),
        emails: emails.map(({ createdAt, kind, sentAt, status }) => ({ createdAt, kind, sentAt, status })),
        event: await eventSummary(req, eventId, booking.locale),
        payments: ledger,
      }
    }),
  )
}

/** Seats held in the address's name in other people's bookings. */
const attendees: Section = async (req, email) => {
  const found = await findAttendeeRecords(req, { email })
  const own = new Set((await findBookingsOfBuyer(req, email)).map((b) => b.id))
  return Promise.all(
    found
      .filter((attendee) => !own.has(attendee.bookingId))
      .map(async ({ bookingId: _id, eventId, ...attendee }) => ({ ...attendee, event: await eventSummary(req, eventId, null) })),
  )
}

/**
 * The sections of a personal-data export, by key, in the order they are written. A feature that
 * stores personal data adds its section here (the waiting list fills `waitlistEntries`), as it
 * adds its step to the erasure (erasureSteps).
 */
export const exportSections: Record<string, Section> = {
  bookings,
  attendees,
  waitlistEntries: async (req, email) =>
    Promise.all((await findWaitlistEntriesOf(req, email)).map(async ({ eventId, ...entry }) => ({ ...entry, event: await eventSummary(req, eventId, entry.locale) }))),
}
