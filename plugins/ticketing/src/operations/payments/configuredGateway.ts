import type { Payload } from 'payload'

import type { PaymentGateway } from '../../payments/types'

/** The `custom` key under which the plugin keeps its gateway resolver in the Payload config. */
export const GATEWAY_KEY = 'ticketingGateway'

/**
 * The payment gateway the plugin was configured with (resolved now, like `getGateway`), for
 * work that starts from a Payload instance rather than from the plugin's config: the webhook
 * worker. Null when payments are not configured.
 */
export const configuredGateway = (payload: Payload): null | PaymentGateway => {
  const resolve = (payload.config.custom as Record<string, unknown> | undefined)?.[GATEWAY_KEY] as (() => null | PaymentGateway) | undefined
  return resolve ? resolve() : null
}
