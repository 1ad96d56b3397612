import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { expireHolds } from '../../plugins/ticketing/src/operations/seats/expireHolds'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { bookAndStartPayment, sqlRows, storedBooking } from '../helpers/payments'
import { startPayments } from '../helpers/stripeEmulator'
import { emulatorGateway } from '../helpers/emulatorGateway'

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
const mailDir = () => process.env.MAIL_CAPTURE_DIR as string
const downFlag = () => path.join(mailDir(), '.down')

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
})

afterAll(async () => {
  fs.rmSync(downFlag(), { force: true })
  await payments.close()
})

beforeEach(async () => {
  await payments.control.configure({ faults: null, webhooks: { delayMs: 0, duplicate: false, mode: 'deliver', reverse: false } })
})

/** Messages received by the run's SMTP server for `to`. */
const mailTo = (to: string) =>
  fs
    .readdirSync(mailDir())
    .filter((f) => f.endsWith('.eml'))
    .map((f) => fs.readFileSync(path.join(mailDir(), f), 'utf8'))
    .filter((raw) => raw.includes(`To: ${to}`))

/** Runs the email jobs queued for one booking (other files leave theirs in the shared queue). */
const runEmailJobs = async (reference: string) => {
  const booking = await storedBooking(payload, reference)
  const jobs = await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${booking.id} AND completed_at IS NULL`)
  for (const job of jobs) await payload.jobs.runByID({ id: job.id as number })
}
const age = (reference: string) => sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 second' WHERE reference = ${reference}`)
const expiry = async () => expireHolds({ gateway: emulatorGateway(), req: await createLocalReq({}, payload) })

describe('emails', () => {
  it('sends the confirmation in the booking language over SMTP, with the .ics calendar', async () => {
    const event = await createEvent(payload, { title: 'Masterclass Nantes' })
    const { booking, intent } = await bookAndStartPayment(event.id, { locale: 'fr' })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    await runEmailJobs(booking.reference)
    const stored = await storedBooking(payload, booking.reference)
    const [message] = mailTo(stored.buyer.email)
    expect(message).toBeDefined()
    expect(message).toContain(booking.reference)
    expect(message).toMatch(/Content-Type: text\/calendar/i)
    expect(message).toContain('X-Ticketing-Template: confirmation')
  })

  it('an SMTP outage delays the email and never fails the booking; it leaves once SMTP is back', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id)
    fs.writeFileSync(downFlag(), '')
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    await runEmailJobs(booking.reference)
    const stored = await storedBooking(payload, booking.reference)
    expect(stored).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect(mailTo(stored.buyer.email)).toHaveLength(0)
    const [job] = await sqlRows(payload, sql`SELECT id, has_error, completed_at, total_tried FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${stored.id}`)
    expect(job.completed_at).toBeNull()
    fs.rmSync(downFlag())
    await payload.jobs.runByID({ id: job.id as number })
    expect(mailTo(stored.buyer.email)).toHaveLength(1)
  })
})

describe('expiry asks Stripe first', () => {
  it('keeps a hold whose payment is processing at expiry, then confirms it when it succeeds', async () => {
    const event = await createEvent(payload, { capacity: 1 })
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.process(intent.paymentIntentId)
    await age(booking.reference)
    // The job is global (other files share this database): assert on this booking only.
    expect((await expiry()).kept).toBeGreaterThanOrEqual(1)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PROCESSING', status: 'PENDING' })
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
  })

  it('confirms (instead of expiring) a hold whose PaymentIntent already succeeded, and cancels the PaymentIntent of a hold it expires', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    const paid = await bookAndStartPayment(event.id)
    const unpaid = await bookAndStartPayment(event.id)
    await payments.control.succeed(paid.intent.paymentIntentId)
    await age(paid.booking.reference)
    await age(unpaid.booking.reference)
    const result = await expiry()
    expect(result.kept).toBeGreaterThanOrEqual(1)
    expect(result.expired).toBeGreaterThanOrEqual(1)
    expect(await storedBooking(payload, paid.booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect(await storedBooking(payload, unpaid.booking.reference)).toMatchObject({ status: 'EXPIRED' })
    const state = await payments.control.state()
    expect(state.payment_intents.find((pi) => pi.id === unpaid.intent.paymentIntentId)?.status).toBe('canceled')
  })
})
