import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { bookAndStartPayment, storedBooking } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { bearer } from '../helpers/ticketing'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'

// A visitor cancelling a hold whose payment is already on its way: Stripe is asked first, so
// a cancelled booking never has money still arriving (found by the chaos test).

let payload: Payload
let payments: PaymentsFile['payments']

paymentsFile((file) => ({ payload, payments } = file))

const cancel = (reference: string, token: string) => rest('POST', `/ticketing/bookings/${reference}/cancel`, { body: {}, headers: bearer(token) })

describe('cancelling a hold whose payment is under way', () => {
  it('refuses while Stripe is processing the payment, even before its webhook arrives (409), and keeps the seats', async () => {
    const event = await createEvent(payload, { capacity: 2 })
    await payments.control.configure({ webhooks: { mode: 'hold' } })
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.process(intent.paymentIntentId)
    const res = await cancel(booking.reference, booking.accessToken)
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'BOOKING_NOT_CANCELLABLE', details: { status: 'PROCESSING' } })
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ status: 'PENDING' })
  })

  it('a payment Stripe already took confirms the booking instead of cancelling it', async () => {
    const event = await createEvent(payload, { capacity: 2 })
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.succeed(intent.paymentIntentId)
    const res = await cancel(booking.reference, booking.accessToken)
    expect(res.status).toBe(409)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
  })

  it('answers 503 with Retry-After while Stripe is unreachable, and leaves the booking untouched', async () => {
    const event = await createEvent(payload, { capacity: 2 })
    const { booking } = await bookAndStartPayment(event.id)
    await payments.control.configure({ faults: { status: 500 } })
    const res = await cancel(booking.reference, booking.accessToken)
    expect(res.status).toBe(503)
    expect(res.body.error.code).toBe('PAYMENT_PROVIDER_UNAVAILABLE')
    expect(res.headers.get('Retry-After')).toBeTruthy()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ status: 'PENDING' })
    await payments.control.configure({ faults: null })
    expect((await cancel(booking.reference, booking.accessToken)).status).toBe(200)
  })
})
