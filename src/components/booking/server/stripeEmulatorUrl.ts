import { testPaymentsAllowed } from '@/lib/productionSettings.mjs'

const cache = new Map<string, { at: number; value: null | string }>()
const TTL_MS = 60_000

/**
 * The base URL of the project's local Stripe emulator when the server's STRIPE_API_BASE_URL
 * points at one (it answers `GET /_emulator/health` with `{ ok: true }`; Stripe never does),
 * else null. Read at run time, never at build time; remembered for a minute. Always null in
 * production unless TICKETING_TEST_PAYMENTS=on: the payment page's test panel and its route
 * exist only then.
 */
export const stripeEmulatorUrl = async (): Promise<null | string> => {
  if (!testPaymentsAllowed(process.env)) return null
  const base = process.env.STRIPE_API_BASE_URL?.replace(/\/+$/, '')
  if (!base) return null
  const known = cache.get(base)
  if (known && Date.now() - known.at < TTL_MS) return known.value
  let value: null | string = null
  try {
    const response = await fetch(`${base}/_emulator/health`, { cache: 'no-store', signal: AbortSignal.timeout(2_000) })
    const body = (await response.json().catch(() => null)) as null | { ok?: unknown }
    value = response.ok && body?.ok === true ? base : null
  } catch {
    value = null
  }
  cache.set(base, { at: Date.now(), value })
  return value
}
