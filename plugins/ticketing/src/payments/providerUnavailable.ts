/** The payment provider could not be reached or failed on its side (network, timeout, 5xx, rate limit). */
export class ProviderUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`Payment provider unavailable: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'ProviderUnavailableError'
    this.cause = cause
  }
}

const TRANSIENT = new Set(['StripeAPIError', 'StripeConnectionError', 'StripeRateLimitError'])

/** Whether a provider error is worth retrying later (as opposed to a request we must fix). */
export const isTransientProviderError = (error: unknown): boolean => {
  if (error instanceof ProviderUnavailableError) return true
  const e = error as { statusCode?: number; type?: string }
  return Boolean(e && (TRANSIENT.has(e.type ?? '') || (e.statusCode ?? 0) >= 500))
}

/** The provider answered that this request cannot be made (a 4xx that no retry changes). */
export const refusedByProvider = (error: unknown): boolean => {
  const status = (error as { statusCode?: number })?.statusCode ?? 0
  return status >= 400 && status < 500 && status !== 429
}

/** The provider has no object with this id (e.g. a test-mode object that no longer exists). */
export class ProviderObjectMissingError extends Error {
  constructor(cause: unknown) {
    super(`Payment provider has no such object: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'ProviderObjectMissingError'
    this.cause = cause
  }
}
