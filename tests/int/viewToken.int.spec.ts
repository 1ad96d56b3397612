import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signViewToken } from '../../plugins/ticketing/src/access/viewToken'
import { viewTokenSecret } from '../../plugins/ticketing/src/operations/bookings/viewTokenSecret'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { bookAndStartPayment, sqlRows, storedBooking } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { startPayments } from '../helpers/stripeEmulator'
import { bearer, book } from '../helpers/ticketing'

// Emails carry a signed view token in the link's fragment; the booking endpoints
// accept it like the access token, over the site's real REST handlers.
let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
})

afterAll(async () => {
  await payments.close()
})

/** Sends the emails queued for one booking now (the jobs of other files stay in the queue). */
const sendEmails = async (reference: string) => {
  const booking = await storedBooking(payload, reference)
  const jobs = await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${booking.id} AND completed_at IS NULL`)
  for (const job of jobs) await payload.jobs.runByID({ id: job.id as number })
}

/** The links to the site in the messages sent to `to` (quoted-printable decoded). */
const linksTo = (to: string) => {
  const dir = process.env.MAIL_CAPTURE_DIR as string
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => fs.readFileSync(path.join(dir, file), 'latin1'))
    .filter((raw) => raw.includes(`To: ${to}`))
    .map((raw) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .flatMap((text) => text.match(/https?:\/\/[^\s"<>]+\/book\/[a-z]+\/[A-Z0-9-]+#t=[A-Za-z0-9._-]+/g) ?? [])
}
const tokenOf = (link: string) => new URL(link).hash.replace(/^#t=/, '')

const paidBooking = async () => {
  const event = await createEvent(payload, { endsAt: new Date(Date.now() + 61 * 86_400_000).toISOString() })
  const { booking, intent } = await bookAndStartPayment(event.id, { locale: 'fr' })
  await payments.control.succeed(intent.paymentIntentId)
  await payments.control.waitForWebhooks()
  await sendEmails(booking.reference)
  return { booking, event }
}

describe('the confirmation email link', () => {
  it('opens the booking by itself: the view token rides in the fragment and works as a bearer', async () => {
    const { booking, event } = await paidBooking()
    const stored = await storedBooking(payload, booking.reference)
    const links = linksTo(stored.buyer.email).filter((link) => link.includes(`/fr/book/confirmation/${booking.reference}#t=`))
    expect(links.length).toBeGreaterThan(0)
    const url = new URL(links[0])
    expect(url.search).toBe('')
    expect(url.pathname).toBe(`/fr/book/confirmation/${booking.reference}`)
    const token = tokenOf(links[0])
    // Valid well past the event: a year after it ends.
    const expires = Number(token.split('.')[2]) * 1000
    expect(expires).toBeGreaterThan(Date.parse(event.endsAt as string) + 364 * 86_400_000)

    const view = await rest('GET', `/ticketing/bookings/${booking.reference.toLowerCase()}`, { headers: bearer(token) })
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ paymentStatus: 'PAID', reference: booking.reference, status: 'CONFIRMED' })
    expect(view.body.attendees[0].ticketCode).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
  })
})

describe('the payment-failed email link', () => {
  it('lets the buyer retry the payment from another device, with the same PaymentIntent', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id, { locale: 'en' })
    await payments.control.fail(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    await sendEmails(booking.reference)
    const stored = await storedBooking(payload, booking.reference)
    const [retry] = linksTo(stored.buyer.email).filter((link) => link.includes(`/en/book/pay/${booking.reference}#t=`))
    expect(retry).toBeDefined()
    const again = await rest('POST', `/ticketing/bookings/${booking.reference}/payment-intent`, { headers: bearer(tokenOf(retry)) })
    expect(again.status).toBe(200)
    expect(again.body.paymentIntentId).toBe(intent.paymentIntentId)
    expect(again.body.clientSecret).toBe(intent.clientSecret)
  })
})

describe('a view token', () => {
  const sign = (bookingId: number, expiresAt = new Date(Date.now() + 86_400_000)) => signViewToken({ bookingId, expiresAt, secret: viewTokenSecret({ payload }) })

  it('cancels a pending booking like the access token does', async () => {
    const event = await createEvent(payload)
    const created = await book({ eventId: event.id })
    const stored = await storedBooking(payload, created.body.reference)
    const cancelled = await rest('POST', `/ticketing/bookings/${created.body.reference}/cancel`, { headers: bearer(sign(stored.id)) })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.status).toBe('CANCELLED')
  })

  it('is the same 404 as a wrong access token when it is for another booking, expired, forged or the reference is unknown', async () => {
    const event = await createEvent(payload)
    const [first, second] = [await book({ eventId: event.id }), await book({ eventId: event.id })]
    const [a, b] = [await storedBooking(payload, first.body.reference), await storedBooking(payload, second.body.reference)]
    const valid = sign(a.id)
    const forged = signViewToken({ bookingId: a.id, expiresAt: new Date(Date.now() + 86_400_000), secret: 'not-the-server-secret' })
    const cases: [string, string][] = [
      [first.body.reference, sign(b.id)],
      [first.body.reference, sign(a.id, new Date(Date.now() - 1000))],
      [first.body.reference, forged],
      [first.body.reference, `${valid.slice(0, -2)}${valid.at(-1) === 'A' ? 'BA' : 'AA'}`],
      ['MC2026-ZZZZZZ', valid],
    ]
    for (const [reference, token] of cases) {
      for (const [method, suffix] of [['GET', ''], ['POST', '/payment-intent'], ['POST', '/cancel']] as const) {
        const answer = await rest(method, `/ticketing/bookings/${reference}${suffix}`, { headers: bearer(token) })
        expect(answer.status).toBe(404)
        expect(answer.body.error.code).toBe('BOOKING_NOT_FOUND')
      }
    }
    expect((await storedBooking(payload, first.body.reference)).status).toBe('PENDING')
    expect((await rest('GET', `/ticketing/bookings/${first.body.reference}`, { headers: bearer(valid) })).status).toBe(200)
  })
})
