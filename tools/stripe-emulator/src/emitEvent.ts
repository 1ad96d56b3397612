import Stripe from 'stripe'
import { ids } from './ids.js'
import type { EmulatorContext, EmulatorEvent, RequestOrigin, StripeObject } from './types.js'
import { unixNow } from './unixNow.js'

/**
 * Records an event (with a snapshot of `object`) and hands it to the webhook dispatcher.
 * `origin` is the API request that caused it; null for changes made through the control API
 * (Stripe sends `request: { id: null, idempotency_key: null }` for those).
 */
export function emitEvent(
  ctx: EmulatorContext,
  origin: RequestOrigin | null,
  type: string,
  object: StripeObject,
  previousAttributes?: Record<string, unknown>,
): EmulatorEvent {
  const event: EmulatorEvent = {
    id: ids.object('evt'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: unixNow(),
    data: {
      object: structuredClone(object),
      ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}),
    },
    livemode: false,
    pending_webhooks: ctx.config.webhookUrl ? 1 : 0,
    request: { id: origin?.requestId ?? null, idempotency_key: origin?.idempotencyKey ?? null },
    type,
  }
  ctx.store.events.set(event.id, event)
  ctx.dispatcher.enqueue(event)
  return event
}
