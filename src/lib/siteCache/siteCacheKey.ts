import { createHmac, timingSafeEqual } from 'node:crypto'

const secret = () => process.env.PAYLOAD_SECRET || 'dev-only-secret-change-me-in-production'

/** The key a process shows its own revalidation route (derived from PAYLOAD_SECRET, never sent elsewhere). */
export const siteCacheKey = (): string => createHmac('sha256', secret()).update('site-cache:revalidate').digest('hex')

/** Whether `candidate` is this site's revalidation key (constant-time). */
export const isSiteCacheKey = (candidate: null | string): boolean => {
  if (!candidate) return false
  const expected = Buffer.from(siteCacheKey())
  const given = Buffer.from(candidate)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
