/** How many times the webhook worker tries one event before leaving it FAILED for staff to see. */
export const WEBHOOK_MAX_ATTEMPTS = 10

/**
 * Seconds to wait before trying a failed webhook event again, after `attempts` tries: 30 s,
 * doubling, at most an hour (about three hours in all), or null once the event has had its
 * WEBHOOK_MAX_ATTEMPTS tries (it stays FAILED; a redelivery by the provider earns it one more).
 */
export const webhookRetryDelaySeconds = (attempts: number): null | number => {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a positive integer, got ${attempts}`)
  return attempts >= WEBHOOK_MAX_ATTEMPTS ? null : Math.min(30 * 2 ** (attempts - 1), 3600)
}
