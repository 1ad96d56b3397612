import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { WebhookRejectedError } from '../webhookRejected'
import { verifyStripeWebhook } from './verifyStripeWebhook'

const secret = 'whsec_unit'
const payload = JSON.stringify({ id: 'evt_1', data: { object: { id: 'pi_1', object: 'payment_intent' } }, object: 'event', type: 'payment_intent.succeeded' })
const sign = (body: string, timestamp?: number) => Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp })

describe('verifyStripeWebhook', () => {
  it('reduces a correctly signed event to its id, type and action', () => {
    expect(verifyStripeWebhook({ rawBody: payload, secret, signature: sign(payload) })).toEqual({
      id: 'evt_1',
      type: 'payment_intent.succeeded',
      action: { paymentIntentId: 'pi_1', type: 'payment' },
    })
  })

  it.each([
    ['no secret configured', { secret: null, signature: 'x' }, /not configured/],
    ['no signature', { secret, signature: null }, /Missing Stripe-Signature/],
    ['a wrong signature', { secret, signature: sign(payload).replace(/v1=[0-9a-f]+/, `v1=${'0'.repeat(64)}`) }, /Invalid or expired/],
    ['another secret', { secret: 'whsec_other', signature: sign(payload) }, /Invalid or expired/],
    ['a signature older than 300 s', { secret, signature: sign(payload, Math.floor(Date.now() / 1000) - 301) }, /Invalid or expired/],
  ])('refuses %s', (_, input, message) => {
    const run = () => verifyStripeWebhook({ rawBody: payload, ...input })
    expect(run).toThrow(WebhookRejectedError)
    expect(run).toThrow(message)
  })

  it('refuses a body changed after signing', () => {
    expect(() => verifyStripeWebhook({ rawBody: payload.replace('pi_1', 'pi_2'), secret, signature: sign(payload) })).toThrow(WebhookRejectedError)
  })
})
