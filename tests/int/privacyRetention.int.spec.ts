import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { bookAndStartPayment, sqlRows } from '../helpers/payments'
import { endEvent, person } from '../helpers/privacy'
import { startPayments } from '../helpers/stripeEmulator'
import { book } from '../helpers/ticketing'

const RETENTION_TASK = 'ticketingEraseExpiredPersonalData'

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
let stripe: Stripe

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  stripe = new Stripe('sk_test_integration', { host: '127.0.0.1', maxNetworkRetries: 0, port: payments.emulator.port, protocol: 'http' })
})

afterAll(async () => {
  await payments.close()
})

const DAY = 1
const MONTH = 31 * DAY
const bookingOf = async (reference: string) => (await sqlRows(payload, sql`SELECT * FROM bookings WHERE reference = ${reference}`))[0]!

/** Queues the retention job and runs it now, as the nightly schedule would. */
const runRetention = async () => {
  const job = await payload.jobs.queue({ input: {}, task: RETENTION_TASK } as never)
  await payload.jobs.runByID({ id: job.id })
  // Done: Payload deletes a job once it completed.
  expect(await sqlRows(payload, sql`SELECT has_error FROM payload_jobs WHERE id = ${job.id}`)).toEqual([])
}

const retentionEntries = () => sqlRows(payload, sql`SELECT * FROM audit_log WHERE action = 'privacy.retention' ORDER BY id`)

describe('retention job (payload.jobs)', () => {
  it('erases the personal data of bookings and waiting-list entries whose event ended more than retentionMonths (36) ago, and no others; every run is in the audit log', async () => {
    const old = person()
    const recent = person()
    // Paid 37 months ago: its customer goes too. A free one beside it.
    const oldEvent = await createEvent(payload)
    const { booking: paidOld, intent } = await bookAndStartPayment(oldEvent.id, { buyer: old })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    const freeEvent = await createEvent(payload, { regularPrice: 0 })
    const freeOld = await book({ attendees: [{ email: 'guest.old@example.com', name: 'Old Guest' }, { name: old.name }], buyer: old, eventId: freeEvent.id, quantity: 2 })
    await endEvent(payload, oldEvent.id, 37 * MONTH)
    await endEvent(payload, freeEvent.id, 37 * MONTH)
    // 35 months ago: kept.
    const keptEvent = await createEvent(payload, { regularPrice: 0 })
    const kept = await book({ buyer: recent, eventId: keptEvent.id })
    await endEvent(payload, keptEvent.id, 35 * MONTH)
    // Waiting-list entries of those events: the ended one’s goes, the other stays.
    const waitlistEntry = (eventId: number, who: { email: string; name: string }) =>
      payload.create({ collection: 'waitlist-entries', data: { cityEvent: eventId, email: who.email, name: who.name, quantity: 1, status: 'WAITING' } as never })
    const oldEntry = await waitlistEntry(oldEvent.id as number, old)
    const keptEntry = await waitlistEntry(keptEvent.id as number, recent)
    const customerId = (await bookingOf(paidOld.reference)).stripe_customer_id as string
    const entriesBefore = (await retentionEntries()).length

    await runRetention()
    for (const reference of [paidOld.reference, freeOld.body.reference]) {
      expect(await bookingOf(reference)).toMatchObject({ access_token_hash: null, buyer_email: 'erased@erased.invalid', buyer_name: '[erased]', erased_at: expect.anything() })
    }
    expect(await sqlRows(payload, sql`SELECT name, email FROM attendees WHERE booking_id = ${(await bookingOf(freeOld.body.reference)).id}`)).toEqual([
      { email: null, name: '[erased]' },
      { email: null, name: '[erased]' },
    ])
    expect(await bookingOf(paidOld.reference)).toMatchObject({ payment_status: 'PAID', total: '45000' })
    expect(await bookingOf(kept.body.reference)).toMatchObject({ buyer_email: recent.email, erased_at: null })
    expect(await stripe.customers.retrieve(customerId)).toMatchObject({ deleted: true })
    expect(await sqlRows(payload, sql`SELECT name, email, token_nonce FROM waitlist_entries WHERE id = ${oldEntry.id}`)).toEqual([
      { email: 'erased@erased.invalid', name: '[erased]', token_nonce: null },
    ])
    expect(await sqlRows(payload, sql`SELECT name, email FROM waitlist_entries WHERE id = ${keptEntry.id}`)).toEqual([{ email: recent.email, name: recent.name }])
    const entries = (await retentionEntries()).slice(entriesBefore)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ details: { attendees: 3, bookings: 2, retentionMonths: 36, waitlistEntries: 1 }, user_id: null })
    expect(JSON.stringify(entries[0])).not.toMatch(/zoe\.private|guest\.old/i)

    // A run with nothing to erase is recorded too.
    await runRetention()
    expect((await retentionEntries()).slice(entriesBefore)).toMatchObject([{ details: { bookings: 2 } }, { details: { bookings: 0 } }])
  })

  it('is scheduled every night on the ticketing queue', () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === RETENTION_TASK)
    expect(task?.schedule).toEqual([{ cron: '30 3 * * *', queue: 'ticketing' }])
  })
})
