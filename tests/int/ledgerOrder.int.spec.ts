import { sql } from '@payloadcms/db-postgres/drizzle'
import fc from 'fast-check'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type LedgerEntry, recordLedgerEntry } from '../../plugins/ticketing/src/db/payments/ledger'
import { withTransaction } from '../../plugins/ticketing/src/db/core/withTransaction'
import { settlePaymentIntent } from '../../plugins/ticketing/src/operations/payments/settlePaymentIntent'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { bookAndStartPayment, sqlRows, storedBooking } from '../helpers/payments'
import { startPayments } from '../helpers/stripeEmulator'
import { emulatorGateway } from '../helpers/emulatorGateway'

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
let bookingId: number

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  const event = await createEvent(payload)
  bookingId = (await payload.create({ collection: 'bookings', data: { buyer: { email: 'l@e.dg', name: 'L' }, cityEvent: event.id, quantity: 1 } as never })).id as number
})

afterAll(async () => {
  await payments.close()
})

const ledgerStatus = async (stripeObjectId: string) =>
  (await sqlRows(payload, sql`SELECT status FROM booking_payments WHERE stripe_object_id = ${stripeObjectId}`))[0]?.status

const write = (kind: LedgerEntry['kind'], stripeObjectId: string, status: string) =>
  recordLedgerEntry({ payload, transactionID: undefined } as never, { amount: 45000, bookingId, currency: 'EUR', kind, status, stripeObjectId })

// Each path lists states of one Stripe object in the order they really happen, one per stage.
const PATHS: [LedgerEntry['kind'], string[]][] = [
  ['PAYMENT', ['requires_payment_method', 'processing', 'succeeded']],
  ['PAYMENT', ['requires_action', 'processing', 'failed', 'canceled']],
  ['REFUND', ['pending', 'succeeded']],
  ['REFUND', ['pending', 'failed']],
  ['DISPUTE', ['needs_response', 'under_review', 'lost']],
]

describe('the booking-payments ledger only moves forward', () => {
  it('whatever order the states arrive in, a row ends at the latest one and never goes back', async () => {
    let n = 0
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS).chain(([kind, path]) => fc.tuple(fc.constant(kind), fc.constant(path), fc.shuffledSubarray(path, { minLength: path.length }))), async ([kind, path, arrival]) => {
        const id = `obj_order_${process.pid}_${(n += 1)}`
        let furthest = -1
        for (const status of arrival) {
          await write(kind, id, status)
          furthest = Math.max(furthest, path.indexOf(status))
          expect(await ledgerStatus(id)).toBe(path[furthest])
        }
      }),
      { numRuns: 40 },
    )
  })

  it('a stale read of the PaymentIntent applied after its success leaves the payment succeeded', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id as number)
    const gateway = emulatorGateway()
    await payments.control.process(intent.paymentIntentId)
    const staleRead = await gateway.retrievePaymentIntent(intent.paymentIntentId)
    expect(staleRead.status).toBe('processing')
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    expect(await ledgerStatus(intent.paymentIntentId)).toBe('succeeded')

    // A handler that read Stripe before the success, and writes after it.
    const req = await createLocalReq({}, payload)
    await withTransaction(req, () => settlePaymentIntent(req, staleRead, 'evt_stale'))
    expect(await ledgerStatus(intent.paymentIntentId)).toBe('succeeded')
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
  })

  it('a late processing webhook, delivered after the success webhook, changes nothing', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id as number)
    await payments.control.configure({ webhooks: { mode: 'hold' } })
    await payments.control.process(intent.paymentIntentId)
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.flush({ order: 'reverse' })
    await payments.control.waitForWebhooks()
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
    expect(await ledgerStatus(intent.paymentIntentId)).toBe('succeeded')
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
  })
})
