import type { Endpoint } from 'payload'

import { storeWebhookEvent } from '../../db/webhooks/webhookEvents'
import { ERROR_CODES, TicketingError } from '../../errors'
import { drainWebhookEvents } from '../../operations/webhooks/drainWebhookEvents'
import { WebhookRejectedError } from '../../payments/webhookRejected'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'

/**
 * POST /api/ticketing/stripe/webhook — the raw body is read first, before anything else
 * touches it, and the payment gateway checks its signature: missing or wrong → 400. The event
 * is then stored in one statement and answered 200 (Stripe's advice: acknowledge before any
 * complex logic); this process's webhook worker processes it right after, exactly once
 * (operations/webhooks/drainWebhookEvents). A redelivery answers 200 `duplicate: true`. 5xx only when
 * it could not be stored, so the provider retries.
 */
export const webhookEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/stripe/webhook', async (req) => {
    const rawBody = (await req.text?.()) ?? ''
    const gateway = config.getGateway()
    if (!gateway) throw new TicketingError(ERROR_CODES.PAYMENT_PROVIDER_UNAVAILABLE, 503, 'Payments are not configured.', {}, { 'Retry-After': '60' })
    const event = await gateway.parseWebhook({ headers: req.headers, rawBody }).catch((error: unknown) => {
      if (error instanceof WebhookRejectedError) throw new TicketingError(ERROR_CODES.SIGNATURE_INVALID, 400, error.message)
      throw error
    })
    const stored = await storeWebhookEvent(req, event)
    if (stored === 'ignored') return Response.json({ ignored: true })
    // Not awaited: the worker runs after the answer (it never rejects; failures are recorded on the event).
    if (stored === 'stored') void drainWebhookEvents(req.payload, { delivery: true })
    return Response.json({ duplicate: stored === 'duplicate', received: true })
  })
