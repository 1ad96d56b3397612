import Stripe from 'stripe'

import type { StripeSettings } from './stripeSettings'

/** The one Stripe API version the plugin speaks (the version `stripe@23.1.0` is pinned to). */
export const STRIPE_API_VERSION = '2026-10-28.endive'

const clients = new Map<string, Stripe>()

/**
 * ONE client per process and configuration. `apiBaseUrl` points the SDK at a
 * Stripe-compatible server (the local emulator) instead of api.stripe.com.
 */
export const createStripeClient = ({ apiBaseUrl, secretKey }: Pick<StripeSettings, 'apiBaseUrl' | 'secretKey'>): Stripe => {
  if (!secretKey) throw new Error('No Stripe secret key (option stripe.secretKey)')
  const cacheKey = `${secretKey}|${apiBaseUrl ?? ''}`
  let client = clients.get(cacheKey)
  if (!client) {
    const url = apiBaseUrl ? new URL(apiBaseUrl) : null
    client = new Stripe(secretKey, {
      apiVersion: STRIPE_API_VERSION as Stripe.LatestApiVersion,
      maxNetworkRetries: 1,
      telemetry: false,
      timeout: 10_000,
      ...(url
        ? { host: url.hostname, port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)), protocol: url.protocol === 'https:' ? 'https' : 'http' }
        : {}),
    })
    clients.set(cacheKey, client)
  }
  return client
}
