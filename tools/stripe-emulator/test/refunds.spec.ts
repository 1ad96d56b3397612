import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './startHarness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

async function paidIntent(amount = 1500): Promise<Stripe.PaymentIntent> {
  const intent = await h.stripe.paymentIntents.create({ amount, currency: 'eur' })
  return h.control.succeed(intent.id)
}
const chargeEvents = () => h.received.filter((event): event is Stripe.ChargeRefundedEvent => event.type === 'charge.refunded')

describe('refunds', () => {
  it('refunds partially, then the rest, and refuses more', async () => {
    const intent = await paidIntent()
    const partial = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 400, reason: 'requested_by_customer', metadata: { bookingReference: 'MC2026-REF001' } })
    expect(partial).toMatchObject({
      object: 'refund', amount: 400, currency: 'eur', status: 'succeeded', payment_intent: intent.id, charge: intent.latest_charge,
      reason: 'requested_by_customer', metadata: { bookingReference: 'MC2026-REF001' },
    })
    expect(partial.id).toMatch(/^re_/)
    const tooMuch = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 1200 }).catch((e: unknown) => e)
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(tooMuch).toMatchObject({
      statusCode: 400, code: 'amount_too_large', param: 'amount',
      message: 'Refund amount (€12.00) is greater than unrefunded amount on charge (€11.00)',
    })
    const rest = await h.stripe.refunds.create({ charge: String(intent.latest_charge) })
    expect(rest.amount).toBe(1100)
    const charge = await h.stripe.charges.retrieve(String(intent.latest_charge))
    expect(charge).toMatchObject({ amount_refunded: 1500, refunded: true })
    const again = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 1 }).catch((e: unknown) => e)
    expect(again).toMatchObject({ code: 'charge_already_refunded', message: `Charge ${charge.id} has already been refunded.` })
    await h.control.waitForWebhooks()
    expect(chargeEvents().map((event) => [event.data.object.amount_refunded, event.data.object.refunded])).toEqual([[400, false], [1500, true]])
    expect(chargeEvents()[1].data.previous_attributes).toEqual({ amount_refunded: 400, refunded: false })
    expect(h.received.filter((event) => event.type === 'refund.created')).toHaveLength(2)
    const listed = await h.stripe.refunds.list({ payment_intent: intent.id })
    expect(listed.data.map((refund) => refund.id)).toEqual([rest.id, partial.id])
    expect(await h.stripe.refunds.retrieve(partial.id)).toMatchObject({ id: partial.id, amount: 400 })
  })

  it('refuses refunds above the charge amount and of unpaid intents', async () => {
    const intent = await paidIntent(1000)
    const over = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 1001 }).catch((e: unknown) => e)
    expect(over).toMatchObject({ code: 'amount_too_large', message: 'Refund amount (€10.01) is greater than charge amount (€10.00)' })
    const unpaid = await h.stripe.paymentIntents.create({ amount: 1000, currency: 'eur' })
    const notPaid = await h.stripe.refunds.create({ payment_intent: unpaid.id }).catch((e: unknown) => e)
    expect(notPaid).toMatchObject({ statusCode: 400, code: 'charge_not_refundable', param: 'payment_intent' })
    const badReason = await h.stripe.refunds.create({ payment_intent: intent.id, reason: 'changed_mind' as 'duplicate' }).catch((e: unknown) => e)
    expect(badReason).toMatchObject({ param: 'reason', message: 'Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer' })
    const neither = await h.stripe.refunds.create({}).catch((e: unknown) => e)
    expect(neither).toMatchObject({ code: 'parameter_missing' })
    expect((await h.stripe.refunds.list()).data).toEqual([])
  })

  it('keeps refunds pending until settled through the control API', async () => {
    await h.control.configure({ refundsPending: true })
    const intent = await paidIntent()
    const pending = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 500 })
    expect(pending.status).toBe('pending')
    const beyond = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 1001 }).catch((e: unknown) => e)
    expect(beyond).toMatchObject({ code: 'amount_too_large' })
    await h.control.waitForWebhooks()
    expect(h.received.map((event) => event.type).slice(-1)).toEqual(['refund.created'])
    h.received.length = 0
    const settled = await h.control.succeedRefund(pending.id)
    expect(settled.status).toBe('succeeded')
    await h.control.waitForWebhooks()
    expect(h.received.map((event) => event.type)).toEqual(['refund.updated', 'charge.refunded'])
    expect(h.received[0].data.previous_attributes).toEqual({ status: 'pending' })

    const second = await h.stripe.refunds.create({ payment_intent: intent.id, amount: 300 })
    await h.control.waitForWebhooks()
    h.received.length = 0
    const failed = await h.control.failRefund(second.id, { failure_reason: 'expired_or_canceled_card' })
    expect(failed).toMatchObject({ status: 'failed', failure_reason: 'expired_or_canceled_card' })
    await h.control.waitForWebhooks()
    expect(h.received.map((event) => event.type)).toEqual(['refund.updated', 'refund.failed'])
    expect(await h.stripe.charges.retrieve(String(intent.latest_charge))).toMatchObject({ amount_refunded: 500, refunded: false })
    await expect(h.control.succeedRefund(second.id)).rejects.toThrow(/only pending refunds/)
  })
})
