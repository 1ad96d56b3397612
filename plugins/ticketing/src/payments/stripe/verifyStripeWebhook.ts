import Stripe from 'stripe'

import type { PaymentWebhookEvent } from '../types'
import { WebhookRejectedError } from '../webhookRejected'
import { toPaymentAction } from './toPaymentAction'

/** Signatures older than this are refused (Stripe's own default). */
const TOLERANCE_SECONDS = 300

/**
 * Checks a Stripe webhook delivery on its raw body — secret configured, `Stripe-Signature`
 * present, signature valid and at most 300 s old — and reduces the event to its id, type and
 * action. Throws WebhookRejectedError otherwise.
 */
export const verifyStripeWebhook = ({ rawBody, secret, signature }: { rawBody: string; secret: null | string; signature: null | string }): PaymentWebhookEvent => {
  if (!secret) throw new WebhookRejectedError('Webhooks are not configured (no Stripe webhook secret: option stripe.webhookSecret).')
  if (!signature) throw new WebhookRejectedError('Missing Stripe-Signature header.')
  let event: Stripe.Event
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret, TOLERANCE_SECONDS)
  } catch {
    throw new WebhookRejectedError('Invalid or expired Stripe signature.')
  }
  return { id: event.id, type: event.type, action: toPaymentAction(event) }
}
