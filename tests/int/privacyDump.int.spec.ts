import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dumpDatabase, dumpLinesWith } from '../helpers/databaseDump'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { endEvent, person } from '../helpers/privacy'
import { rest } from '../helpers/rest'
import { startPayments } from '../helpers/stripeEmulator'
import { bearer, book } from '../helpers/ticketing'

/** Tables whose rows may keep an erased person's data because they are legal records. */
// Issued invoices and credit notes are accounting records the seller must keep: they keep the
// buyer as billed (frozen, never edited), and erasure leaves them as they are.
const LEGAL_RECORDS: string[] = ['public.invoices']

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
})

afterAll(async () => {
  await payments.close()
})

/** Runs the queued jobs of a booking (its emails) now, as the job runner would. */
const runJobsOf = async (bookingId: number) => {
  for (const job of await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE input->>'bookingId' = ${String(bookingId)} AND completed_at IS NULL ORDER BY id`)) {
    await payload.jobs.runByID({ id: job.id as number })
  }
}

describe('erasure, seen from a dump of the whole database', () => {
  it("after booking, paying, emails, a refund, staff edits and an export, then an erasure, the person's email, name and phone are found nowhere in the database", async () => {
    const admin = (await createStaff(payload, ['admin'])).token
    const finance = (await createStaff(payload, ['finance'])).token
    // An address the mail server refuses, quoting it: the SMTP error lands in the email log and the job's log.
    const p = { ...person(), email: `Zoe.Private+bounce-${Date.now()}@Example.org` }
    const event = await createEvent(payload, { capacity: 10 })
    // Booked (with an Idempotency-Key: its stored answer is in the database too) and paid through the emulator.
    const created = await book(
      { attendees: [{ email: p.email, name: p.name }, { name: 'A Friend' }], buyer: p, eventId: event.id, quantity: 2 },
      { headers: { 'Idempotency-Key': `dump-${p.email}` } },
    )
    expect(created.status).toBe(201)
    const reference = created.body.reference as string
    const intent = await rest('POST', `/ticketing/bookings/${reference}/payment-intent`, { headers: bearer(created.body.accessToken) })
    await payments.control.succeed(intent.body.paymentIntentId)
    await payments.control.waitForWebhooks()
    const [{ id }] = (await sqlRows(payload, sql`SELECT id, status FROM bookings WHERE reference = ${reference}`)) as [{ id: number; status: string }]
    const bookingId = Number(id)
    await runJobsOf(bookingId)
    // Staff at work: a partial refund, an edit of the buyer's phone, a confirmation resent, an export.
    expect((await rest('POST', `/ticketing/bookings/${reference}/refund`, { body: { amount: 1000 }, token: finance })).status).toBe(202)
    await payments.control.waitForWebhooks()
    const phone = `${p.phone.slice(0, -2)}99`
    expect((await rest('PATCH', `/bookings/${bookingId}`, { body: { buyer: { phone } }, token: finance })).status).toBe(200)
    expect((await rest('POST', `/ticketing/bookings/${reference}/resend-confirmation`, { body: {}, token: finance })).status).toBe(202)
    await runJobsOf(bookingId)
    const log = await sqlRows(payload, sql`SELECT DISTINCT status, last_error FROM booking_emails WHERE booking_id = ${bookingId}`)
    expect(log).toMatchObject([{ status: 'FAILED' }])
    // The SMTP error is kept (with a copy to the seller, the server's answer names no address;
    // alone, it names the buyer's): either way the dump below must not find the address.
    expect(String(log[0]!.last_error)).toMatch(/recipient|rejected/i)
    expect((await rest('GET', `/ticketing/privacy/export?email=${encodeURIComponent(p.email)}`, { token: admin })).status).toBe(200)

    // The search finds them while they are held.
    const before = await dumpDatabase(payload)
    for (const needle of [p.email, p.name, phone]) expect(dumpLinesWith(before.text, needle).length, `${needle} in the dump (${before.tool})`).toBeGreaterThan(0)

    await endEvent(payload, event.id)
    const erased = await rest('POST', '/ticketing/privacy/erase', { body: { email: p.email }, token: admin })
    expect(erased.body).toEqual({ attendees: 2, bookings: 1, waitlistEntries: 0 })

    const after = await dumpDatabase(payload)
    for (const needle of [p.email, p.email.split('@')[0]!, p.name, p.phone, phone]) {
      const left = dumpLinesWith(after.text, needle).filter((hit) => !LEGAL_RECORDS.includes(hit.table ?? ''))
      expect(left, `${needle} left in the dump (${after.tool})`).toEqual([])
    }
    // What stays: the booking, its amounts and its ledger.
    expect(dumpLinesWith(after.text, reference).length).toBeGreaterThan(0)
    expect(dumpLinesWith(after.text, intent.body.paymentIntentId).length).toBeGreaterThan(0)
  })
})
