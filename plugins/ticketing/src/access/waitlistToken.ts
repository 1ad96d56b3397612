import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A waiting-list entry's token: what the visitor gets when joining and what the offer email
 * links carry, so it can be written again when an offer is made (nothing secret is stored):
 * `w1.<entryId>.<HMAC-SHA-256 of the id and the entry's random nonce, under the server secret>`.
 * Clearing the nonce (erasure) makes every token of the entry worthless.
 */

const FORMAT = /^w1\.([1-9]\d{0,14})\.([A-Za-z0-9_-]{43})$/

const mac = (secret: string, entryId: number, nonce: string) => createHmac('sha256', secret).update(`ticketing-waitlist:w1:${entryId}:${nonce}`).digest()

/** A fresh nonce for a new entry. */
export const newWaitlistNonce = (): string => randomBytes(16).toString('base64url')

/** The entry's token. */
export const signWaitlistToken = ({ entryId, nonce, secret }: { entryId: number; nonce: string; secret: string }): string =>
  `w1.${entryId}.${mac(secret, entryId, nonce).toString('base64url')}`

/** The entry id a token names (not yet verified), or null when it is not a token at all. */
export const waitlistTokenEntryId = (token: unknown): null | number => {
  if (typeof token !== 'string') return null
  const match = FORMAT.exec(token)
  return match ? Number(match[1]) : null
}

/** Whether `token` is the token of entry `entryId` with `nonce` (constant-time). Never throws. */
export const verifyWaitlistToken = (token: unknown, { entryId, nonce, secret }: { entryId: number; nonce: null | string; secret: string }): boolean => {
  if (typeof token !== 'string' || !nonce || !secret) return false
  const match = FORMAT.exec(token)
  if (!match || Number(match[1]) !== entryId) return false
  const actual = Buffer.from(match[2], 'base64url')
  const expected = mac(secret, entryId, nonce)
  return actual.length === expected.length && actual.toString('base64url') === match[2] && timingSafeEqual(actual, expected)
}
