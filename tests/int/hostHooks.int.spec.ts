import { sql } from '@payloadcms/db-postgres/drizzle'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { findBookingByReference } from '../../plugins/ticketing/src/db/bookings/findBookingByReference'
import { withTransaction } from '../../plugins/ticketing/src/db/core/withTransaction'
import { cancelBooking } from '../../plugins/ticketing/src/operations/bookings/cancelBooking'
import { expireHolds } from '../../plugins/ticketing/src/operations/seats/expireHolds'
import { bookingHookCalls, throwingHooks } from '../helpers/bookingHookCalls'
import { emulatorGateway } from '../helpers/emulatorGateway'
import { createEvent, createStaff } from '../helpers/fixtures'
import { bookAndStartPayment, paidBooking, sqlRows, storedBooking } from '../helpers/payments'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'
import { rest } from '../helpers/rest'
import { bearer, book } from '../helpers/ticketing'

// The site's config in these tests installs recording hooks through the plugin option `hooks`
// (tests/helpers/testPayloadConfig.ts); each test looks at the calls for its own booking.

let payload: Payload
let payments: PaymentsFile['payments']
let finance: string

paymentsFile((file) => ({ payload, payments } = file))

beforeAll(async () => {
  finance = (await createStaff(payload, ['finance'])).token
})

afterEach(() => throwingHooks.clear())

const callsFor = (reference: string) => bookingHookCalls.filter((call) => call.booking.reference === reference)
const hooksFor = (reference: string) => callsFor(reference).map((call) => call.hook)

const pendingBooking = async () => {
  const event = await createEvent(payload)
  const created = await book({ eventId: event.id })
  expect(created.status).toBe(201)
  return created.body as { accessToken: string; reference: string }
}

describe('host hooks (plugin option `hooks`)', () => {
  it('afterBookingConfirmed: once per paid booking, after the commit, with the committed booking — duplicated webhooks included', async () => {
    await payments.control.configure({ webhooks: { duplicate: true } })
    const { booking } = await paidBooking(payload, payments.control)
    const calls = callsFor(booking.reference)
    expect(calls.map((c) => c.hook)).toEqual(['afterBookingConfirmed'])
    expect(calls[0]).toMatchObject({ booking: { paymentStatus: 'PAID', status: 'CONFIRMED' }, transactionOpen: false })
    expect(calls[0]!.booking).not.toHaveProperty('accessTokenHash')
  })

  it('afterBookingConfirmed: a free booking too', async () => {
    const event = await createEvent(payload, { regularPrice: 0 })
    const created = await book({ eventId: event.id })
    expect(created.body.status).toBe('CONFIRMED')
    expect(hooksFor(created.body.reference)).toEqual(['afterBookingConfirmed'])
  })

  it('afterBookingCancelled: when the buyer cancels (once, however often they press it)', async () => {
    const { accessToken, reference } = await pendingBooking()
    for (let i = 0; i < 2; i++) expect((await rest('POST', `/ticketing/bookings/${reference}/cancel`, { headers: bearer(accessToken) })).status).toBe(200)
    expect(callsFor(reference)).toMatchObject([{ booking: { status: 'CANCELLED' }, hook: 'afterBookingCancelled', transactionOpen: false }])
  })

  it('afterBookingExpired: when the expiry job ends a hold', async () => {
    const { reference } = await pendingBooking()
    await sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 minute' WHERE reference = ${reference}`)
    await expireHolds({ gateway: emulatorGateway(), req: await createLocalReq({}, payload) })
    expect(callsFor(reference)).toMatchObject([{ booking: { status: 'EXPIRED' }, hook: 'afterBookingExpired' }])
  })

  it('afterBookingExpired: when a new booking frees seats whose hold ran out (the job was late)', async () => {
    const event = await createEvent(payload, { capacity: 1 })
    const first = await book({ eventId: event.id })
    await sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 minute' WHERE reference = ${first.body.reference}`)
    expect((await book({ eventId: event.id })).status).toBe(201)
    expect(hooksFor(first.body.reference)).toEqual(['afterBookingExpired'])
  })

  it('afterBookingExpired: when a booking made in the admin or Local API frees seats whose hold ran out', async () => {
    const event = await createEvent(payload, { capacity: 1 })
    const first = await book({ eventId: event.id })
    await sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 minute' WHERE reference = ${first.body.reference}`)
    await payload.create({ collection: 'bookings', data: { buyer: { email: 'desk@example.com', name: 'Desk' }, cityEvent: event.id, quantity: 1 } as never })
    expect(callsFor(first.body.reference)).toMatchObject([{ booking: { status: 'EXPIRED' }, hook: 'afterBookingExpired', transactionOpen: false }])
  })

  it('afterBookingRefunded: with the amount refunded, once the refund is recorded', async () => {
    const { booking } = await paidBooking(payload, payments.control)
    const refund = await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: { amount: 5000 }, token: finance })
    expect(refund.status).toBe(202)
    await payments.control.waitForWebhooks()
    expect(callsFor(booking.reference).filter((c) => c.hook === 'afterBookingRefunded')).toMatchObject([
      { amount: 5000, booking: { amountRefunded: 5000, paymentStatus: 'PARTIALLY_REFUNDED' } },
    ])
  })

  it('afterBookingDisputed: opened, then lost', async () => {
    const { booking, intent } = await paidBooking(payload, payments.control)
    const dispute = await payments.control.dispute(intent.paymentIntentId, { reason: 'fraudulent' })
    await payments.control.waitForWebhooks()
    await payments.control.closeDispute(dispute.id, 'lost')
    await payments.control.waitForWebhooks()
    expect(callsFor(booking.reference).filter((c) => c.hook === 'afterBookingDisputed')).toMatchObject([
      { booking: { paymentStatus: 'DISPUTED' }, disputeId: dispute.id, outcome: 'opened' },
      { booking: { paymentStatus: 'REFUNDED', status: 'REFUNDED' }, disputeId: dispute.id, outcome: 'lost' },
    ])
  })

  it('a rolled-back operation fires nothing', async () => {
    const { reference } = await pendingBooking()
    const req = await createLocalReq({}, payload)
    const booking = (await findBookingByReference(req, reference))!
    await expect(
      withTransaction(req, async () => {
        await cancelBooking(req, booking)
        throw new Error('rolled back on purpose')
      }),
    ).rejects.toThrow('rolled back on purpose')
    expect((await storedBooking(payload, reference)).status).toBe('PENDING')
    expect(callsFor(reference)).toEqual([])
  })

  it('inside a transaction opened elsewhere, waits for its commit (and fires nothing on its rollback)', async () => {
    const { reference } = await pendingBooking()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await cancelBooking(req, (await findBookingByReference(req, reference))!)
    expect(callsFor(reference)).toEqual([])
    await commitTransaction(req)
    expect(callsFor(reference)).toMatchObject([{ booking: { status: 'CANCELLED' }, hook: 'afterBookingCancelled', transactionOpen: false }])

    const other = await pendingBooking()
    const req2 = await createLocalReq({}, payload)
    await initTransaction(req2)
    await cancelBooking(req2, (await findBookingByReference(req2, other.reference))!)
    await killTransaction(req2)
    expect((await storedBooking(payload, other.reference)).status).toBe('PENDING')
    expect(callsFor(other.reference)).toEqual([])
  })

  it('a throwing hook does not break the flow: the cancel answers 200 and the paid booking is confirmed, its webhook processed once', async () => {
    throwingHooks.add('afterBookingCancelled').add('afterBookingConfirmed')
    const { accessToken, reference } = await pendingBooking()
    const cancelled = await rest('POST', `/ticketing/bookings/${reference}/cancel`, { headers: bearer(accessToken) })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.status).toBe('CANCELLED')
    expect(hooksFor(reference)).toEqual(['afterBookingCancelled'])

    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id as number)
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect(hooksFor(booking.reference)).toEqual(['afterBookingConfirmed'])
    const events = await sqlRows(
      payload,
      sql`SELECT e.outcome FROM stripe_events e WHERE e.type = 'payment_intent.succeeded' AND e.event_id IN (
            SELECT stripe_event_id FROM booking_payments WHERE stripe_object_id = ${intent.paymentIntentId})`,
    )
    expect(events).toEqual([{ outcome: 'PROCESSED' }])
  })
})
