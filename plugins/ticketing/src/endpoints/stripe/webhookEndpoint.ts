import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { handleWebhookEvent } from '../../operations/handleWebhookEvent'
import { WebhookRejectedError } from '../../payments/webhookRejected'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'

/**
 * POST /api/ticketing/stripe/webhook — the raw body is read first, before anything else
 * touches it, and the payment gateway checks its signature: missing or wrong → 400. 200 once
 * processed or already processed; 5xx only for a transient fault, so the provider retries.
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
    const outcome = await handleWebhookEvent({ event, gateway, req })
    return Response.json(outcome === 'ignored' ? { ignored: true } : { duplicate: outcome === 'duplicate', received: true })
  })
