import { sql } from '@payloadcms/db-postgres/drizzle'
import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readQrCodes } from '../../plugins/ticketing/src/documents/testing/readQrCodes'
import { checkIn } from '../../plugins/ticketing/src/operations/checkIns/checkIn'
import { rateLimitKey } from '../../plugins/ticketing/src/security/rateLimit'
import { createEvent, createStaff } from '../helpers/fixtures'
import { sqlRows } from '../helpers/payments'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { bearer, book } from '../helpers/ticketing'

let payload: Payload
let admin: string
let door: { token: string; user: { id: number | string } }
let finance: string

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await createStaff(payload, ['admin'])).token
  door = (await createStaff(payload, ['checkin'])) as typeof door
  finance = (await createStaff(payload, ['finance'])).token
})

const HOUR = 3_600_000

/**
 * A two-day event running now (day 1 began an hour ago, in Paris), with a free booking of
 * `names` (confirmed at once). Bookings are made while the event is still on sale, then the
 * event is moved to now, as the calendar would.
 */
const runningEvent = async (names: string[] = ['Élodie Dupré']) => {
  const event = await createEvent(payload, { capacity: 50, regularPrice: 0 })
  const created = await book({ attendees: names.map((name) => ({ name })), eventId: event.id, quantity: names.length })
  expect(created.body.status).toBe('CONFIRMED')
  await sqlRows(payload, sql`UPDATE city_events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '30 hours' WHERE id = ${event.id}`)
  const view = await rest('GET', `/ticketing/bookings/${created.body.reference}`, { headers: bearer(created.body.accessToken) })
  return { booking: created.body, event, view: view.body }
}

const scan = (body: Record<string, unknown>, token = door.token) => rest('POST', '/ticketing/check-ins', { body, token })

/** The messages the run's SMTP server received for `to`. */
const mailTo = (to: string) => {
  const dir = process.env.MAIL_CAPTURE_DIR as string
  return fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => fs.readFileSync(path.join(dir, f), 'latin1')).filter((raw) => raw.includes(`To: ${to}`))
}

/** The PDF attached to a raw MIME message (base64 part), as bytes. */
const pdfAttachment = (raw: string): Buffer | null => {
  const part = raw.split(/\r?\n--/).find((p) => /Content-Type: application\/pdf/i.test(p))
  if (!part) return null
  const body = part.split(/\r?\n\r?\n/).slice(1).join('\n')
  return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
}

describe('tickets', () => {
  it('gives each attendee of a confirmed booking a 128-bit QR secret in the booking view; a pending booking shows none', async () => {
    const { view } = await runningEvent(['Ada Lovelace', 'Grace Hopper'])
    expect(view.attendees).toHaveLength(2)
    for (const attendee of view.attendees) {
      expect(attendee.qr).toMatch(/^[A-Za-z0-9_-]{22}$/)
      expect(Buffer.from(attendee.qr, 'base64url')).toHaveLength(16)
      expect(attendee.qr).not.toContain(attendee.ticketCode)
    }
    expect(view.attendees[0].qr).not.toBe(view.attendees[1].qr)
    const paid = await createEvent(payload)
    const pending = await book({ eventId: paid.id })
    const pendingView = await rest('GET', `/ticketing/bookings/${pending.body.reference}`, { headers: bearer(pending.body.accessToken) })
    expect(pendingView.body.attendees[0].qr).toBeNull()
  })

  it('attaches a PDF ticket to the confirmation email: one page per attendee whose QR reads as that attendee’s secret', async () => {
    const { booking, view } = await runningEvent(['Ada Lovelace', 'Grace Hopper'])
    const [stored] = await sqlRows(payload, sql`SELECT id, buyer_email FROM bookings WHERE reference = ${booking.reference}`)
    const jobs = await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${stored!.id} AND completed_at IS NULL`)
    for (const job of jobs) await payload.jobs.runByID({ id: job.id as number })
    const [message] = mailTo(String(stored!.buyer_email))
    expect(message).toMatch(/filename="?[A-Z0-9-]+-billets\.pdf/)
    const pdf = pdfAttachment(message!)!
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(readQrCodes(pdf)).toEqual(view.attendees.map((a: { qr: string }) => a.qr))
  })
})

describe('check-in at the door', () => {
  it('lets a ticket in once a day: the second scan says when, by whom and on which device it was first scanned', async () => {
    const { booking, event, view } = await runningEvent()
    const first = await scan({ code: view.attendees[0].qr, deviceId: 'door-1', eventId: event.id })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ attendee: { name: 'Élodie Dupré', position: 1, ticketCode: view.attendees[0].ticketCode }, booking: { quantity: 1, reference: booking.reference }, result: 'OK' })
    expect(first.body.day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const again = await scan({ code: view.attendees[0].qr, deviceId: 'door-2', eventId: event.slug })
    expect(again.body.result).toBe('ALREADY_CHECKED_IN')
    expect(again.body.first).toEqual({ at: first.body.checkedInAt, by: expect.stringContaining('checkin-'), deviceId: 'door-1' })
  })

  it('takes the ticket code typed by hand, in any case, with or without its dash', async () => {
    const { event, view } = await runningEvent()
    const typed = view.attendees[0].ticketCode.replace('-', ' ').toLowerCase()
    const answer = await scan({ code: typed, eventId: event.id })
    expect(answer.body.result).toBe('OK')
  })

  it('20 scans of one ticket at once: exactly one OK, the others ALREADY_CHECKED_IN with the same first check-in', async () => {
    const { event, view } = await runningEvent()
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => scan({ code: view.attendees[0].qr, deviceId: `door-${i}`, eventId: event.id })))
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200))
    expect(answers.filter((a) => a.body.result === 'OK')).toHaveLength(1)
    expect(answers.filter((a) => a.body.result === 'ALREADY_CHECKED_IN')).toHaveLength(19)
    expect(new Set(answers.map((a) => a.body.checkInId)).size).toBe(1)
    const [{ count }] = (await sqlRows(payload, sql`SELECT count(*)::int AS count FROM check_ins WHERE city_event_id = ${event.id}`)) as [{ count: number }]
    expect(count).toBe(1)
  })

  it('answers a retried request (same requestId) as it answered the first time', async () => {
    const { event, view } = await runningEvent()
    const body = { code: view.attendees[0].qr, eventId: event.id, requestId: 'scan-0001' }
    const first = await scan(body)
    const retry = await scan(body)
    expect(first.body.result).toBe('OK')
    expect(retry.body).toEqual(first.body)
    expect((await scan({ ...body, requestId: 'scan-0002' })).body.result).toBe('ALREADY_CHECKED_IN')
  })

  it('checks in again on day 2 (the event’s local day), once', async () => {
    const { event, view } = await runningEvent()
    const req = await createLocalReq({ user: { ...door.user, collection: 'users' } as never }, payload)
    const input = { code: view.attendees[0].qr, event: { id: event.id as number } }
    const day1 = await checkIn({ input, req, usersSlug: 'users' })
    const tomorrow = new Date(Date.now() + 24 * HOUR)
    const day2 = await checkIn({ input, now: tomorrow, req, usersSlug: 'users' })
    // Scanned again at the same moment of day 2: an hour later could already be day 3 in the event’s time zone.
    const day2Again = await checkIn({ input, now: tomorrow, req, usersSlug: 'users' })
    expect([day1.result, day2.result, day2Again.result]).toEqual(['OK', 'OK', 'ALREADY_CHECKED_IN'])
    expect(day2.day).not.toBe(day1.day)
    expect(day2Again.first?.at).toBe(day2.checkedInAt)
    const list = await rest('GET', `/ticketing/events/${event.id}/attendees?day=${day2.day}`, { token: door.token })
    expect(list.body).toMatchObject({ checkedIn: 1, day: day2.day, expected: 1 })
    expect(list.body.attendees[0].checkedInDays).toEqual([day1.day, day2.day])
  })

  it('names each refusal: WRONG_EVENT, NOT_PAID, CANCELLED, NOT_OPEN; 404 for an unknown code; 400 for a bad body', async () => {
    const { view } = await runningEvent()
    const other = await runningEvent()
    expect((await scan({ code: view.attendees[0].qr, eventId: other.event.id })).body.result).toBe('WRONG_EVENT')

    const paidEvent = await createEvent(payload, { capacity: 10 })
    const pending = await book({ eventId: paidEvent.id })
    await sqlRows(payload, sql`UPDATE city_events SET starts_at = now(), ends_at = now() + interval '8 hours' WHERE id = ${paidEvent.id}`)
    const [secret] = await sqlRows(payload, sql`SELECT a.qr_secret FROM attendees a JOIN bookings b ON b.id = a.booking_id WHERE b.reference = ${pending.body.reference}`)
    expect((await scan({ code: secret!.qr_secret, eventId: paidEvent.id })).body.result).toBe('NOT_PAID')
    await sqlRows(payload, sql`UPDATE bookings SET status = 'CONFIRMED', payment_status = 'DISPUTED' WHERE reference = ${pending.body.reference}`)
    expect((await scan({ code: secret!.qr_secret, eventId: paidEvent.id })).body.result).toBe('NOT_PAID')
    await sqlRows(payload, sql`UPDATE bookings SET status = 'REFUNDED', payment_status = 'REFUNDED' WHERE reference = ${pending.body.reference}`)
    expect((await scan({ code: secret!.qr_secret, eventId: paidEvent.id })).body.result).toBe('CANCELLED')

    const later = await createEvent(payload, { capacity: 10, regularPrice: 0 })
    const early = await book({ eventId: later.id })
    const earlyView = await rest('GET', `/ticketing/bookings/${early.body.reference}`, { headers: bearer(early.body.accessToken) })
    expect((await scan({ code: earlyView.body.attendees[0].qr, eventId: later.id })).body.result).toBe('NOT_OPEN')

    const unknown = await scan({ code: 'AAAAAAAAAAAAAAAAAAAAAA', eventId: later.id })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('TICKET_NOT_FOUND')
    for (const bad of [{}, { code: '', eventId: later.id }, { code: 'x', eventId: later.id, extra: 1 }, { code: 'x'.repeat(201), eventId: later.id }]) {
      const res = await scan(bad)
      expect(res.status).toBe(400)
      expect(res.body.error.code).toBe('VALIDATION')
    }
    const count = await sqlRows(payload, sql`SELECT 1 FROM check_ins WHERE city_event_id IN (${later.id}, ${paidEvent.id}, ${other.event.id})`)
    expect(count).toHaveLength(0)
  })

  it('spends one rate-limit point per scan, bad ones included; over 600 a minute a scan answers 429 and records nothing', async () => {
    const { event, view } = await runningEvent()
    const staff = await createStaff(payload, ['checkin'])
    const key = rateLimitKey('check-in', `users:${staff.user.id}`)
    const points = async () => (await sqlRows(payload, sql`SELECT points FROM ticketing_rate_limits WHERE key = ${key}`))[0]?.points
    expect((await scan({ code: view.attendees[0].qr, eventId: event.id }, staff.token)).body.result).toBe('OK')
    expect((await scan({ code: view.attendees[0].qr, eventId: event.id }, staff.token)).body.result).toBe('ALREADY_CHECKED_IN')
    expect((await scan({ code: 'x', eventId: event.id, extra: 1 }, staff.token)).status).toBe(400)
    expect((await scan({ code: 'AAAAAAAAAAAAAAAAAAAAAA', eventId: event.id }, staff.token)).status).toBe(404)
    expect(await points()).toBe(4)

    const other = await runningEvent()
    await sqlRows(payload, sql`UPDATE ticketing_rate_limits SET points = 600 WHERE key = ${key}`)
    const refused = await scan({ code: other.view.attendees[0].qr, eventId: other.event.id }, staff.token)
    expect(refused.status).toBe(429)
    expect(refused.body.error.code).toBe('RATE_LIMITED')
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await scan({ code: 'x', eventId: other.event.id, extra: 1 }, staff.token)).status).toBe(429)
    expect(await sqlRows(payload, sql`SELECT 1 FROM check_ins WHERE city_event_id = ${other.event.id}`)).toHaveLength(0)
    // Another user’s scans are counted apart.
    expect((await scan({ code: other.view.attendees[0].qr, eventId: other.event.id })).body.result).toBe('OK')
  })

  it('an admin undoes a check-in (audit log); the attendee can then be scanned again; door staff cannot undo', async () => {
    const { booking, event, view } = await runningEvent()
    const first = await scan({ code: view.attendees[0].qr, eventId: event.id })
    expect((await rest('DELETE', `/ticketing/check-ins/${first.body.checkInId}`, { token: door.token })).status).toBe(403)
    expect((await rest('DELETE', `/ticketing/check-ins/${first.body.checkInId}`, { token: finance })).status).toBe(403)
    const undone = await rest('DELETE', `/ticketing/check-ins/${first.body.checkInId}`, { token: admin })
    expect(undone.status).toBe(200)
    expect(undone.body).toMatchObject({ day: first.body.day, undone: true })
    const audit = await sqlRows(payload, sql`SELECT l.action, l.target FROM audit_log l JOIN bookings b ON b.id = l.booking_id WHERE b.reference = ${booking.reference}`)
    expect(audit).toEqual([{ action: 'checkin.undo', target: `check-ins:${first.body.checkInId}` }])
    expect((await rest('DELETE', `/ticketing/check-ins/${first.body.checkInId}`, { token: admin })).body.error.code).toBe('CHECK_IN_NOT_FOUND')
    expect((await scan({ code: view.attendees[0].qr, eventId: event.id })).body.result).toBe('OK')
  })

  it('finds attendees by name, ticket code or reference, ignoring case and accents, with the day’s counts', async () => {
    const { booking, event, view } = await runningEvent(['Élodie Dupré', 'Zoë Martin', 'Paul Durand'])
    await scan({ code: view.attendees[1].qr, eventId: event.id })
    const list = (q: string) => rest('GET', `/ticketing/events/${event.slug}/attendees?q=${encodeURIComponent(q)}`, { token: door.token })
    expect((await list('elodie dupre')).body.attendees.map((a: { name: string }) => a.name)).toEqual(['Élodie Dupré'])
    expect((await list('ZOE')).body.attendees.map((a: { name: string }) => a.name)).toEqual(['Zoë Martin'])
    expect((await list(view.attendees[2].ticketCode.toLowerCase())).body.attendees.map((a: { name: string }) => a.name)).toEqual(['Paul Durand'])
    const all = (await list(booking.reference)).body
    expect(all).toMatchObject({ checkedIn: 1, expected: 3 })
    expect(all.attendees).toHaveLength(3)
    expect((await rest('GET', `/ticketing/events/${event.slug}/attendees?day=tomorrow`, { token: door.token })).status).toBe(400)
  })
})
