import type Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './startHarness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

describe('disputes', () => {
  it('opens and closes a dispute with the matching events', async () => {
    const created = await h.stripe.paymentIntents.create({ amount: 3000, currency: 'eur' })
    const intent = await h.control.succeed(created.id)
    const dispute = await h.control.dispute(intent.id, { reason: 'product_not_received' })
    expect(dispute).toMatchObject({
      object: 'dispute', amount: 3000, currency: 'eur', charge: intent.latest_charge, payment_intent: intent.id,
      reason: 'product_not_received', status: 'needs_response', livemode: false,
    })
    expect(dispute.id).toMatch(/^du_/)
    expect(await h.stripe.charges.retrieve(String(intent.latest_charge))).toMatchObject({ disputed: true })
    expect(await h.stripe.disputes.retrieve(dispute.id)).toMatchObject({ id: dispute.id, status: 'needs_response' })
    const refund = await h.stripe.refunds.create({ payment_intent: intent.id }).catch((e: unknown) => e)
    expect(refund).toMatchObject({ code: 'charge_disputed' })

    const closed = await h.control.closeDispute(dispute.id, 'lost')
    expect(closed.status).toBe('lost')
    await h.control.waitForWebhooks()
    const disputeEvents = h.received.filter((event) => event.type.startsWith('charge.dispute.'))
    expect(disputeEvents.map((event) => event.type)).toEqual([
      'charge.dispute.created', 'charge.dispute.funds_withdrawn', 'charge.dispute.closed',
    ])
    const closedEvent = disputeEvents[2] as Stripe.ChargeDisputeClosedEvent
    expect(closedEvent.data.object).toMatchObject({ id: dispute.id, status: 'lost' })
    expect(closedEvent.data.previous_attributes).toEqual({ status: 'needs_response' })
    await expect(h.control.closeDispute(dispute.id, 'won')).rejects.toThrow(/already closed/)
    await expect(h.control.dispute(intent.id)).rejects.toThrow(/already disputed/)
  })

  it('reinstates funds when a dispute is won and refuses to dispute unpaid intents', async () => {
    const created = await h.stripe.paymentIntents.create({ amount: 3000, currency: 'eur' })
    await expect(h.control.dispute(created.id)).rejects.toThrow(/no captured charge/)
    await h.control.succeed(created.id)
    const dispute = await h.control.dispute(created.id)
    await h.control.closeDispute(dispute.id, 'won')
    await h.control.waitForWebhooks()
    expect(h.received.map((event) => event.type).slice(-2)).toEqual(['charge.dispute.closed', 'charge.dispute.funds_reinstated'])
    const listed = await h.stripe.disputes.list({ payment_intent: created.id })
    expect(listed.data.map((item) => [item.id, item.status])).toEqual([[dispute.id, 'won']])
  })
})
