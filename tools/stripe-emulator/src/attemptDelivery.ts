import Stripe from 'stripe'
import { postWebhook } from './postWebhook.js'
import type { DeliveryRecord, EmulatorEvent } from './types.js'
import { unixNow } from './unixNow.js'

/**
 * One signed delivery attempt of `event` to `url`; records the outcome on `record`
 * and returns whether the endpoint answered 2xx.
 */
export async function attemptDelivery(
  event: EmulatorEvent,
  record: DeliveryRecord,
  endpoint: { url: string; secret: string },
  timestampOffsetSeconds = 0,
): Promise<boolean> {
  record.status = 'in_flight'
  const timestamp = unixNow() + timestampOffsetSeconds
  const payload = JSON.stringify(event, null, 2)
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: endpoint.secret, timestamp })
  const result = await postWebhook(endpoint.url, payload, signature)
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300
  record.attempts++
  record.lastStatusCode = result.statusCode
  record.lastError = ok ? null : (result.error ?? `HTTP ${result.statusCode}`)
  record.history.push({ at: Date.now(), statusCode: result.statusCode, error: record.lastError, signatureTimestamp: timestamp })
  return ok
}
