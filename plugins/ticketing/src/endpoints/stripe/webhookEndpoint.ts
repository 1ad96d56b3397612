import type { Endpoint } from 'payload'
import Stripe from 'stripe'

import { ERROR_CODES, TicketingError } from '../../errors'
import { handleStripeEvent } from '../../operations/handleStripeEvent'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'

const TOLERANCE_SECONDS = 300

const refuse = (message: string) => new TicketingError(ERROR_CODES.SIGNATURE_INVALID, 400, message)

/**
 * POST /api/ticketing/stripe/webhook — the signature is checked on the raw body (read first,
 * before anything else touches it): missing or wrong → 400. 200 once processed or already
 * processed; 5xx only for a transient fault, so Stripe retries.
 */
export const webhookEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/stripe/webhook', async (req) => {
    const raw = (await req.text?.()) ?? ''
    const secret = config.stripeWebhookSecret()
    const signature = req.headers.get('stripe-signature')
    if (!secret) throw refuse('Webhooks are not configured (STRIPE_WEBHOOK_SECRET is not set).')
    if (!signature) throw refuse('Missing Stripe-Signature header.')
    let event: Stripe.Event
    try {
      event = Stripe.webhooks.constructEvent(raw, signature, secret, TOLERANCE_SECONDS)
    } catch {
      throw refuse('Invalid or expired Stripe signature.')
    }
    const gateway = config.getGateway()
    if (!gateway) throw new TicketingError(ERROR_CODES.PAYMENT_PROVIDER_UNAVAILABLE, 503, 'Stripe is not configured.', {}, { 'Retry-After': '60' })
    const outcome = await handleStripeEvent({ event, gateway, req })
    return Response.json(outcome === 'ignored' ? { ignored: true } : { duplicate: outcome === 'duplicate', received: true })
  })
