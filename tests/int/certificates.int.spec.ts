import { sql } from '@payloadcms/db-postgres/drizzle'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readQrCodes } from '../../plugins/ticketing/src/documents/testing/readQrCodes'
import { eventDays } from '../../plugins/ticketing/src/domain/checkIn/eventDay'
import { createEvent, createSeller, createStaff, defaultSeller } from '../helpers/fixtures'
import { sqlRows } from '../helpers/payments'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

let payload: Payload
let admin: string

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await createStaff(payload, ['admin'])).token
})

type Seat = { days: 'both' | 'first' | 'none'; email?: string; name: string }

/**
 * A two-day event that ended yesterday evening (Paris), with `trainingHours`, and free bookings
 * whose attendees checked in on both days, the first only, or never.
 */
const pastEvent = async (bookings: Array<{ locale?: 'en' | 'fr'; seats: Seat[] }>, data: Record<string, unknown> = { trainingHours: 14 }) => {
  const event = await createEvent(payload, { capacity: 50, regularPrice: 0, ...data })
  const made = []
  for (const { locale, seats } of bookings) {
    const created = await book({ attendees: seats.map(({ email, name }) => ({ email, name })), eventId: event.id, locale, quantity: seats.length })
    expect(created.body.status).toBe('CONFIRMED')
    made.push(created.body)
  }
  await sqlRows(payload, sql`UPDATE city_events SET starts_at = date_trunc('day', now()) - interval '2 days' + interval '8 hours', ends_at = date_trunc('day', now()) - interval '1 day' + interval '16 hours' WHERE id = ${event.id}`)
  const [row] = await sqlRows(payload, sql`SELECT starts_at, ends_at FROM city_events WHERE id = ${event.id}`)
  const days = eventDays(new Date(row!.starts_at as string), new Date(row!.ends_at as string), 'Europe/Paris')
  expect(days).toHaveLength(2)
  for (const [i, { seats }] of bookings.entries()) {
    const attendees = await sqlRows(payload, sql`SELECT a.id, a.position, a.booking_id FROM attendees a JOIN bookings b ON b.id = a.booking_id WHERE b.reference = ${made[i]!.reference} ORDER BY a.position`)
    for (const [j, seat] of seats.entries()) {
      const a = attendees[j]!
      const on = seat.days === 'both' ? days : seat.days === 'first' ? days.slice(0, 1) : []
      for (const day of on) await sqlRows(payload, sql`INSERT INTO check_ins (attendee_id, city_event_id, booking_id, day, checked_in_at) VALUES (${a.id}, ${event.id}, ${a.booking_id}, ${day}, now())`)
    }
  }
  return { bookings: made, event }
}

const issue = (eventId: number | string, body: Record<string, unknown> = {}, token = admin) => rest('POST', `/ticketing/events/${eventId}/certificates`, { body, token })
const certificatesOf = (eventId: number) => sqlRows(payload, sql`SELECT c.number, c.sequence, c.status, c.verification_code, c.frozen, a.name FROM certificates c JOIN attendees a ON a.id = c.attendee_id WHERE c.city_event_id = ${eventId} ORDER BY c.sequence`)
const runEmails = async (bookingId: number) => {
  const jobs = await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${bookingId} AND input->>'kind' = 'certificates' AND completed_at IS NULL`)
  for (const job of jobs) await payload.jobs.runByID({ id: job.id as number })
}
const mailTo = (to: string) => {
  const dir = process.env.MAIL_CAPTURE_DIR as string
  return fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => fs.readFileSync(path.join(dir, f), 'latin1')).filter((raw) => raw.includes(`To: ${to}`) && raw.includes('certificates'))
}
const pdfsIn = (raw: string) =>
  raw.split(/\r?\n--/).filter((p) => /Content-Type: application\/pdf/i.test(p)).map((part) => Buffer.from(part.split(/\r?\n\r?\n/).slice(1).join('\n').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'))

describe('certificates of attendance', () => {
  it('issues one to each attendee who meets the rule, numbered without gaps; verifiable by number and code, nothing else revealed', async () => {
    const { event } = await pastEvent([{ seats: [{ days: 'both', name: 'Inès Benali' }, { days: 'first', name: 'Paul Durand' }] }, { locale: 'en', seats: [{ days: 'both', name: 'Grace Hopper' }] }])
    const res = await issue(event.id)
    expect(res.status).toBe(202)
    expect(res.body).toMatchObject({ candidates: 3, issued: 2, notEligible: 1 })
    const rows = await certificatesOf(event.id as number)
    expect(rows.map((r) => r.name)).toEqual(['Inès Benali', 'Grace Hopper'])
    const year = new Date().getFullYear()
    const [first, second] = rows.map((r) => Number(r.sequence))
    expect(second).toBe(first! + 1)
    const [seller] = await sqlRows(payload, sql`SELECT certificate_prefix, name FROM sellers WHERE id = ${await defaultSeller(payload)}`)
    expect(rows[0]!.number).toBe(`${seller!.certificate_prefix}${year}-${String(first).padStart(5, '0')}`)
    expect((rows[0]!.frozen as { seller: { name: string } }).seller.name).toBe(seller!.name)
    expect((rows[1]!.frozen as { language: string }).language).toBe('en')

    const ok = await rest('GET', `/ticketing/certificates/${rows[0]!.number}?c=${rows[0]!.verification_code}`)
    expect(ok.status).toBe(200)
    expect(Object.keys(ok.body).sort()).toEqual(['attendeeName', 'city', 'endsAt', 'eventTitle', 'hours', 'issuedAt', 'number', 'startsAt', 'status'])
    expect(ok.body).toMatchObject({ attendeeName: 'Inès Benali', hours: 14, number: rows[0]!.number, status: 'VALID' })
    for (const wrong of [`/ticketing/certificates/${rows[0]!.number}?c=WRONGCODE1`, `/ticketing/certificates/${rows[0]!.number}`, `/ticketing/certificates/${seller!.certificate_prefix}1999-00001?c=${rows[0]!.verification_code}`]) {
      const res = await rest('GET', wrong)
      expect(res.status).toBe(404)
      expect(res.body.error.code).toBe('CERTIFICATE_NOT_FOUND')
    }
    // Run again: nobody gets a second one.
    expect((await issue(event.id)).body).toMatchObject({ candidates: 1, issued: 0 })
  })

  it('emails each attendee their own PDF (else the buyer, all in one), whose QR code opens the verification page', async () => {
    const { bookings, event } = await pastEvent([{ seats: [{ days: 'both', email: 'ines@example.com', name: 'Inès Benali' }, { days: 'both', name: 'Paul Durand' }, { days: 'both', name: 'Zoë Martin' }] }])
    await issue(event.id)
    const [booking] = await sqlRows(payload, sql`SELECT id, buyer_email FROM bookings WHERE reference = ${bookings[0]!.reference}`)
    await runEmails(Number(booking!.id))
    const rows = await certificatesOf(event.id as number)
    const [ines] = mailTo('ines@example.com')
    expect(pdfsIn(ines!)).toHaveLength(1)
    expect(readQrCodes(pdfsIn(ines!)[0]!)).toEqual([(rows[0]!.frozen as { verificationUrl: string }).verificationUrl])
    expect((rows[0]!.frozen as { verificationUrl: string }).verificationUrl).toMatch(new RegExp(`/fr/certificates/${rows[0]!.number}\\?c=${rows[0]!.verification_code}$`))
    const buyerMail = mailTo(String(booking!.buyer_email))
    expect(buyerMail).toHaveLength(1)
    expect(pdfsIn(buyerMail[0]!)).toHaveLength(2)
    const emailed = await sqlRows(payload, sql`SELECT count(*)::int AS n FROM certificates WHERE city_event_id = ${event.id} AND emailed_at IS NOT NULL`)
    expect(emailed[0]!.n).toBe(3)
  })

  it('an admin issues one by hand to an attendee who did not meet the rule (audit log); others may not', async () => {
    const { bookings, event } = await pastEvent([{ seats: [{ days: 'none', name: 'Paul Durand' }] }])
    const [attendee] = await sqlRows(payload, sql`SELECT a.id FROM attendees a JOIN bookings b ON b.id = a.booking_id WHERE b.reference = ${bookings[0]!.reference}`)
    expect((await issue(event.id)).body.issued).toBe(0)
    const finance = (await createStaff(payload, ['finance'])).token
    expect((await issue(event.id, { attendeeId: attendee!.id }, finance)).status).toBe(403)
    const res = await issue(event.id, { attendeeId: attendee!.id })
    expect(res.body).toMatchObject({ issued: 1 })
    const audit = await sqlRows(payload, sql`SELECT l.action FROM audit_log l JOIN bookings b ON b.id = l.booking_id WHERE b.reference = ${bookings[0]!.reference}`)
    expect(audit.map((r) => r.action)).toEqual(['certificate.issue'])
    expect((await issue(event.id, { attendeeId: attendee!.id })).status).toBe(404)
  })

  it('two runs at once give each attendee one certificate and leave no gap in the numbers', async () => {
    const seats: Seat[] = Array.from({ length: 8 }, (_, i) => ({ days: 'both' as const, name: `Attendee ${i}` }))
    const { event } = await pastEvent([{ seats: seats.slice(0, 4) }, { seats: seats.slice(4) }])
    const answers = await Promise.all([issue(event.id), issue(event.id), issue(event.id)])
    expect(answers.reduce((sum, a) => sum + a.body.issued, 0)).toBe(8)
    const all = await sqlRows(payload, sql`SELECT sequence FROM certificates WHERE series_key = ${`seller:${await defaultSeller(payload)}`} AND year = ${new Date().getFullYear()} ORDER BY sequence`)
    const numbers = all.map((r) => Number(r.sequence))
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1))
  })

  it('numbers each seller’s certificates in its own gapless series, with its prefix, in its name', async () => {
    const year = new Date().getFullYear()
    const lyon = await createSeller(payload, { certificatePrefix: `L${Date.now() % 1_000_000}`, name: 'Lyon Formation' })
    const quebec = await createSeller(payload, { address: { city: 'Montréal', country: 'CA', line1: '2000 rue Peel', postalCode: 'H3A 2W5', region: 'Québec' }, certificatePrefix: `Q${Date.now() % 1_000_000}`, name: 'Québec Formation', taxes: [{ name: 'TPS', ratePercent: '5' }], timezone: 'America/Toronto' })
    const seats = (n: number, who: string): Seat[] => Array.from({ length: n }, (_, i) => ({ days: 'both' as const, name: `${who} ${i}` }))
    // Interleaved: Lyon, Québec, Lyon again (a second event), issued at the same time.
    const lyon1 = await pastEvent([{ seats: seats(3, 'Lyon A') }], { seller: lyon.id, trainingHours: 14 })
    const quebec1 = await pastEvent([{ seats: seats(4, 'Québec') }], { currency: 'CAD', seller: quebec.id, trainingHours: 14 })
    const lyon2 = await pastEvent([{ seats: seats(2, 'Lyon B') }], { seller: lyon.id, trainingHours: 7 })
    const answers = await Promise.all([issue(lyon1.event.id), issue(quebec1.event.id), issue(lyon2.event.id)])
    expect(answers.map((a) => a.body.issued)).toEqual([3, 4, 2])
    const series = (sellerId: number) =>
      sqlRows(payload, sql`SELECT c.number, c.sequence, c.year, c.frozen FROM certificates c JOIN city_events e ON e.id = c.city_event_id WHERE e.seller_id = ${sellerId} ORDER BY c.sequence`)
    for (const [seller, count] of [[lyon, 5], [quebec, 4]] as const) {
      const rows = await series(seller.id as number)
      const prefix = (seller as unknown as { certificatePrefix: string }).certificatePrefix
      expect(rows.map((r) => Number(r.sequence))).toEqual(Array.from({ length: count }, (_, i) => i + 1))
      expect(rows.map((r) => r.number)).toEqual(rows.map((r) => `${prefix}${year}-${String(r.sequence).padStart(5, '0')}`))
      expect(new Set(rows.map((r) => (r.frozen as { seller: { name: string } }).seller.name))).toEqual(new Set([(seller as unknown as { name: string }).name]))
    }
    // A second seller may not take a certificate prefix already in use.
    await expect(createSeller(payload, { certificatePrefix: (lyon as unknown as { certificatePrefix: string }).certificatePrefix })).rejects.toThrow(/invalid/i)
  })

  it('an event without a seller numbers its certificates as `certificates.issuerOf` says (by default one series per currency)', async () => {
    const { event } = await pastEvent([{ seats: [{ days: 'both', name: 'Ada Lovelace' }] }], { seller: null, trainingHours: 14 })
    expect((await issue(event.id)).body.issued).toBe(1)
    const [row] = await certificatesOf(event.id as number)
    expect(row!.number).toMatch(new RegExp(`^AT-EUR-${new Date().getFullYear()}-\\d{5}$`))
  })

  it('a booking refunded in full revokes its certificates', async () => {
    const { bookings, event } = await pastEvent([{ seats: [{ days: 'both', name: 'Inès Benali' }] }])
    await issue(event.id)
    const [row] = await certificatesOf(event.id as number)
    await sqlRows(payload, sql`UPDATE bookings SET status = 'REFUNDED', payment_status = 'REFUNDED' WHERE reference = ${bookings[0]!.reference}`)
    expect((await rest('GET', `/ticketing/certificates/${row!.number}?c=${row!.verification_code}`)).body.status).toBe('REVOKED')
  })

  it('the job issues them after the event; an event without training hours gives none', async () => {
    const { event } = await pastEvent([{ seats: [{ days: 'both', name: 'Grace Hopper' }] }])
    const none = await pastEvent([{ seats: [{ days: 'both', name: 'Ada Lovelace' }] }], {})
    expect((await issue(none.event.id)).body.error.code).toBe('CERTIFICATES_NOT_OFFERED')
    const job = await payload.jobs.queue({ input: {}, task: 'ticketingIssueCertificates' } as never)
    await payload.jobs.runByID({ id: job.id })
    expect(await certificatesOf(event.id as number)).toHaveLength(1)
    expect(await certificatesOf(none.event.id as number)).toHaveLength(0)
    const [marked] = await sqlRows(payload, sql`SELECT certificates_issued_at FROM city_events WHERE id = ${event.id}`)
    expect(marked!.certificates_issued_at).not.toBeNull()
  })
})
