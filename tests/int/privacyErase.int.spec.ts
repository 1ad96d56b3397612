import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { signViewToken } from '../../plugins/ticketing/src/access/viewToken'
import { bookingAuditTrail } from '../../plugins/ticketing/src/operations/audit/bookingAuditTrail'
import { viewTokenSecret } from '../../plugins/ticketing/src/operations/bookings/viewTokenSecret'
import { emailHash } from '../../plugins/ticketing/src/security/emailHash'
import { rateLimitKey } from '../../plugins/ticketing/src/security/rateLimit'
import { auditEntriesFor, refuseWritesTo } from '../helpers/audit'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { bookAndStartPayment, sqlRows, storedBooking } from '../helpers/payments'
import { endEvent, person } from '../helpers/privacy'
import { rest } from '../helpers/rest'
import { startPayments } from '../helpers/stripeEmulator'
import { bearer, book } from '../helpers/ticketing'

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
let stripe: Stripe
type Staff = Awaited<ReturnType<typeof createStaff>>
let admin: Staff
let finance: Staff
let editor: Staff

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  stripe = new Stripe('sk_test_integration', { host: '127.0.0.1', maxNetworkRetries: 0, port: payments.emulator.port, protocol: 'http' })
  admin = await createStaff(payload, ['admin'])
  finance = await createStaff(payload, ['finance'])
  editor = await createStaff(payload, ['editor'])
})

afterAll(async () => {
  await payments.close()
})

beforeEach(async () => {
  await payments.control.configure({ faults: null })
})

const erase = (body: unknown, token = admin.token) => rest('POST', '/ticketing/privacy/erase', { body, headers: { 'X-Forwarded-For': '198.51.100.40' }, token })
const target = (email: string) => `email:${emailHash(payload.secret, email).slice(0, 16)}`
const bookingRow = async (reference: string) => (await sqlRows(payload, sql`SELECT * FROM bookings WHERE reference = ${reference}`))[0]!
const attendeesOf = async (bookingId: number) => sqlRows(payload, sql`SELECT name, email, ticket_code FROM attendees WHERE booking_id = ${bookingId} ORDER BY position`)

/** A booking paid at the emulator and confirmed by its webhook. */
const paid = async (eventId: number, body: Record<string, unknown>) => {
  const { booking, intent } = await bookAndStartPayment(eventId, body)
  await payments.control.succeed(intent.paymentIntentId)
  await payments.control.waitForWebhooks()
  return { ...booking, id: Number((await bookingRow(booking.reference)).id), paymentIntentId: intent.paymentIntentId as string }
}

describe('POST /api/ticketing/privacy/erase', () => {
  it('is for admins only, and checks its input', async () => {
    expect((await erase({ email: 'a@b.fr' }, '')).status).toBe(401)
    expect((await erase({ email: 'a@b.fr' }, finance.token)).status).toBe(403)
    expect((await erase({ email: 'a@b.fr' }, editor.token)).status).toBe(403)
    for (const body of [{}, { email: 'not-an-address' }, { email: 'a@b.fr', extra: 1 }, { email: 42 }]) {
      const refused = await erase(body)
      expect(refused.status).toBe(400)
      expect(refused.body.error.code).toBe('VALIDATION')
    }
  })

  it("erases every booking of the buyer with all its attendees, the attendees elsewhere who have the address, and their traces; amounts, references and the ledger stay", async () => {
    const p = person()
    const friend = `friend-${p.email.toLowerCase()}`
    // Paid, 2 seats (the friend is the second), event since ended.
    const pastEvent = await createEvent(payload)
    const bought = await paid(pastEvent.id, { attendees: [{ email: p.email, name: p.name }, { email: friend, name: 'Friend Of Zoé' }], buyer: p, quantity: 2 })
    await endEvent(payload, pastEvent.id)
    // Free, the address typed in capitals, event since ended.
    const freeEvent = await createEvent(payload, { regularPrice: 0 })
    const free = await book({ buyer: { ...p, email: p.email.toUpperCase() }, eventId: freeEvent.id })
    await endEvent(payload, freeEvent.id)
    // A live hold, its PaymentIntent open.
    const holdEvent = await createEvent(payload)
    const { booking: hold, intent: holdIntent } = await bookAndStartPayment(holdEvent.id, { buyer: p })
    // Someone else's booking where the person is a guest: only that seat is erased.
    const other = await book({ attendees: [{ name: 'Host Person' }, { email: p.email.toLowerCase(), name: p.name }], eventId: (await createEvent(payload, { regularPrice: 0 })).id, quantity: 2 })
    // An SMTP error that quotes the address, in the email log and in its job.
    await sqlRows(payload, sql`UPDATE booking_emails SET last_error = ${`550 5.1.1 <${p.email}>: mailbox unavailable`} WHERE booking_id = ${bought.id}`)
    await sqlRows(payload, sql`UPDATE payload_jobs SET error = ${JSON.stringify({ message: `550 <${p.email.toLowerCase()}> unknown` })}::jsonb WHERE input->>'bookingId' = ${String(bought.id)}`)
    expect(await sqlRows(payload, sql`SELECT 1 FROM ticketing_rate_limits WHERE key = ${rateLimitKey('booking-email', p.email)}`)).toHaveLength(1)
    const customerId = (await bookingRow(bought.reference)).stripe_customer_id as string
    expect(customerId).toMatch(/^cus_/)

    const erased = await erase({ email: `  ${p.email.toLowerCase()} ` })
    expect(erased.status).toBe(200)
    expect(erased.body).toEqual({ attendees: 5, bookings: 3, waitlistEntries: 0 })

    const row = await bookingRow(bought.reference)
    expect(row).toMatchObject({ buyer_email: 'erased@erased.invalid', buyer_name: '[erased]', buyer_phone: null, access_token_hash: null, payment_status: 'PAID', reference: bought.reference, status: 'CONFIRMED', total: '90000' })
    expect(row.erased_at).not.toBeNull()
    expect(await attendeesOf(bought.id)).toEqual([
      { email: null, name: '[erased]', ticket_code: expect.any(String) },
      { email: null, name: '[erased]', ticket_code: expect.any(String) },
    ])
    expect(await sqlRows(payload, sql`SELECT kind, amount FROM booking_payments WHERE booking_id = ${bought.id}`)).toEqual([{ amount: '90000', kind: 'PAYMENT' }])
    expect(await bookingRow(free.body.reference)).toMatchObject({ buyer_name: '[erased]', status: 'CONFIRMED' })
    // The hold was cancelled first, its PaymentIntent too.
    expect(await bookingRow(hold.reference)).toMatchObject({ buyer_name: '[erased]', status: 'CANCELLED' })
    expect((await stripe.paymentIntents.retrieve(holdIntent.paymentIntentId)).status).toBe('canceled')
    const otherRow = await bookingRow(other.body.reference)
    expect(otherRow.buyer_name).not.toBe('[erased]')
    expect((await attendeesOf(Number(otherRow.id))).map((a) => [a.name, a.email])).toEqual([
      ['Host Person', null],
      ['[erased]', null],
    ])
    // Its traces: the email log, the job, the per-email rate limit, the Stripe customer.
    expect(await sqlRows(payload, sql`SELECT last_error FROM booking_emails WHERE booking_id = ${bought.id}`)).toEqual([{ last_error: '550 5.1.1 <[erased]>: mailbox unavailable' }])
    expect(JSON.stringify(await sqlRows(payload, sql`SELECT error FROM payload_jobs WHERE input->>'bookingId' = ${String(bought.id)}`))).not.toMatch(/zoe\.private/i)
    expect(await sqlRows(payload, sql`SELECT 1 FROM ticketing_rate_limits WHERE key = ${rateLimitKey('booking-email', p.email)}`)).toEqual([])
    expect(await stripe.customers.retrieve(customerId)).toMatchObject({ deleted: true, id: customerId })
    // One audit entry, by the admin, naming the person by a keyed hash only; on each booking's page.
    const [entry, ...more] = await auditEntriesFor(payload, target(p.email))
    expect(more).toEqual([])
    expect(entry).toMatchObject({ action: 'privacy.erase', ip: '198.51.100.40', user_id: admin.user.id })
    expect(entry!.details).toMatchObject({ attendees: 5, bookings: 3, emailHash: emailHash(payload.secret, p.email), providerCustomers: 1, references: expect.arrayContaining([bought.reference, hold.reference]) })
    expect(JSON.stringify(entry)).not.toMatch(/zoe\.private|Zoé/i)
    const req = await createLocalReq({ user: { ...admin.user, collection: 'users' } as never }, payload)
    expect((await bookingAuditTrail(req, bought.id)).map((e) => e.action)).toContain('privacy.erase')
    // A confirmation still queued for an erased booking is never sent.
    const [job] = await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE input->>'bookingId' = ${String(bought.id)} AND completed_at IS NULL`)
    await payload.jobs.runByID({ id: job!.id as number })
    expect(await sqlRows(payload, sql`SELECT status FROM booking_emails WHERE booking_id = ${bought.id}`)).toEqual([{ status: 'SKIPPED' }])
  })

  it("stops the booking's access token and its emailed view token", async () => {
    const p = person()
    const event = await createEvent(payload, { regularPrice: 0 })
    const created = await book({ buyer: p, eventId: event.id })
    const id = Number((await bookingRow(created.body.reference)).id)
    const viewToken = signViewToken({ bookingId: id, expiresAt: new Date(Date.now() + 86_400_000), secret: viewTokenSecret({ payload }) })
    const view = (token: string) => rest('GET', `/ticketing/bookings/${created.body.reference}`, { headers: bearer(token) })
    expect((await view(created.body.accessToken)).status).toBe(200)
    expect((await view(viewToken)).status).toBe(200)
    await endEvent(payload, event.id)
    expect((await erase({ email: p.email })).body).toEqual({ attendees: 1, bookings: 1, waitlistEntries: 0 })
    expect((await view(created.body.accessToken)).status).toBe(404)
    expect((await view(viewToken)).status).toBe(404)
    expect((await rest('POST', `/ticketing/bookings/${created.body.reference}/cancel`, { body: {}, headers: bearer(viewToken) })).status).toBe(404)
  })

  it('a confirmed booking of an event still to come refuses it (409 BOOKING_ACTIVE, nothing erased); once refunded, it goes', async () => {
    const p = person()
    const bought = await paid((await createEvent(payload)).id, { buyer: p })
    const refused = await erase({ email: p.email })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'BOOKING_ACTIVE', details: { references: [bought.reference] } })
    expect(await bookingRow(bought.reference)).toMatchObject({ buyer_name: p.name, erased_at: null })
    expect(await auditEntriesFor(payload, target(p.email))).toEqual([])
    expect((await rest('POST', `/ticketing/bookings/${bought.reference}/refund`, { body: {}, token: finance.token })).status).toBe(202)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, bought.reference)).toMatchObject({ status: 'REFUNDED' })
    expect((await erase({ email: p.email })).body).toEqual({ attendees: 1, bookings: 1, waitlistEntries: 0 })
  })

  it('a hold whose payment is being processed cannot be cancelled: 409 BOOKING_ACTIVE, nothing erased', async () => {
    const p = person()
    const { booking, intent } = await bookAndStartPayment((await createEvent(payload)).id, { buyer: p })
    await payments.control.process(intent.paymentIntentId)
    const refused = await erase({ email: p.email })
    expect(refused.status).toBe(409)
    expect(refused.body.error).toMatchObject({ code: 'BOOKING_ACTIVE', details: { references: [booking.reference] } })
    expect(await bookingRow(booking.reference)).toMatchObject({ buyer_name: p.name, status: 'PENDING' })
  })

  it('erasing an address again, or one never seen, erases nothing and says so (and is recorded)', async () => {
    const p = person()
    expect((await erase({ email: p.email })).body).toEqual({ attendees: 0, bookings: 0, waitlistEntries: 0 })
    expect(await auditEntriesFor(payload, target(p.email))).toMatchObject([{ action: 'privacy.erase', details: { attendees: 0, bookings: 0 } }])
  })

  it('is one transaction with its audit entry: an entry that cannot be written leaves every booking as it was', async () => {
    const p = person()
    const event = await createEvent(payload, { regularPrice: 0 })
    const created = await book({ buyer: p, eventId: event.id })
    await endEvent(payload, event.id)
    const restore = await refuseWritesTo(payload, 'audit_log', `NEW.action = 'privacy.erase'`)
    try {
      expect((await erase({ email: p.email })).status).toBe(500)
    } finally {
      await restore()
    }
    expect(await bookingRow(created.body.reference)).toMatchObject({ buyer_email: p.email, buyer_name: p.name, erased_at: null })
    expect(await auditEntriesFor(payload, target(p.email))).toEqual([])
  })

  it('makes earlier edits of the personal data unreadable in the audit log (their seal is gone) while the entries stay', async () => {
    const p = person()
    const event = await createEvent(payload, { regularPrice: 0 })
    const created = await book({ buyer: p, eventId: event.id })
    const id = Number((await bookingRow(created.body.reference)).id)
    expect((await rest('PATCH', `/bookings/${id}`, { body: { buyer: { phone: '+33699887766' } }, token: finance.token })).status).toBe(200)
    const req = await createLocalReq({ user: { ...admin.user, collection: 'users' } as never }, payload)
    expect((await bookingAuditTrail(req, id))[0]!.changes).toMatchObject({ 'buyer.phone': { after: '+33699887766' } })
    await endEvent(payload, event.id)
    expect((await erase({ email: p.email })).status).toBe(200)
    const [edit, erasure] = await bookingAuditTrail(req, id)
    expect(edit).toMatchObject({ action: 'booking.update', changes: 'erased', details: { fields: ['buyer.phone'] } })
    expect(erasure).toMatchObject({ action: 'privacy.erase' })
    expect(await sqlRows(payload, sql`SELECT 1 FROM ticketing_audit_keys WHERE subject = ${`bookings:${id}`}`)).toEqual([])
  })

  it('deletes the Stripe customer later, through a job, when Stripe cannot be reached at the time', async () => {
    const p = person()
    const event = await createEvent(payload)
    const bought = await paid(event.id, { buyer: p })
    await endEvent(payload, event.id)
    const customerId = (await bookingRow(bought.reference)).stripe_customer_id as string
    await payments.control.configure({ faults: { pathPrefix: '/v1/customers', status: 503 } })
    expect((await erase({ email: p.email })).status).toBe(200)
    await payments.control.configure({ faults: null })
    expect(await stripe.customers.retrieve(customerId)).not.toHaveProperty('deleted', true)
    const [job] = await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingDeleteCustomer' AND input->>'customerId' = ${customerId}`)
    await payload.jobs.runByID({ id: job!.id as number })
    expect(await stripe.customers.retrieve(customerId)).toMatchObject({ deleted: true })
  })
})
