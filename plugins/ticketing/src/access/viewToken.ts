import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed view tokens: what emails carry instead of the access token (which is shown once and
 * stored hashed), so their links open the booking days later on any device. A token names a
 * booking id and an expiry and is signed with HMAC-SHA-256 under the server secret:
 * `v1.<bookingId>.<expires, unix seconds>.<signature, base64url>`. Nothing is stored; a token
 * cannot be widened to another booking or a later date without the secret.
 */

const VERSION = 'v1'
const FORMAT = /^v1\.([1-9]\d{0,14})\.([1-9]\d{0,11})\.([A-Za-z0-9_-]{43})$/
const BEARER = /^bearer[ \t]+(\S{1,200})$/i

const signature = (secret: string, bookingId: number, expires: number) =>
  createHmac('sha256', secret).update(`ticketing-booking-view:${VERSION}:${bookingId}:${expires}`).digest()

/** A token that opens booking `bookingId` until `expiresAt` (rounded down to the second). */
export function signViewToken({ bookingId, expiresAt, secret }: { bookingId: number; expiresAt: Date; secret: string }): string {
  if (!Number.isSafeInteger(bookingId) || bookingId < 1) throw new RangeError('bookingId must be a positive integer')
  if (!secret) throw new RangeError('a secret is required')
  const expires = Math.floor(expiresAt.getTime() / 1000)
  if (!Number.isSafeInteger(expires) || expires < 1) throw new RangeError('expiresAt must be a valid date after 1970')
  return `${VERSION}.${bookingId}.${expires}.${signature(secret, bookingId, expires).toString('base64url')}`
}

/** Whether a string has the shape of a view token (as opposed to an access token). */
export function isViewToken(token: unknown): token is string {
  return typeof token === 'string' && FORMAT.test(token)
}

/**
 * Whether `token` opens booking `bookingId` at `now`: right shape, same booking, not expired,
 * and a signature that matches (compared in constant time). Never throws.
 */
export function verifyViewToken(token: unknown, { bookingId, now = new Date(), secret }: { bookingId: number; now?: Date; secret: string }): boolean {
  if (typeof token !== 'string' || !secret) return false
  const match = FORMAT.exec(token)
  if (!match) return false
  const [, id, expires, mac] = match
  const expected = signature(secret, Number(id), Number(expires))
  const actual = Buffer.from(mac, 'base64url')
  // Canonical base64url only: another spelling of the same bytes is not the token that was issued.
  const same = actual.length === expected.length && actual.toString('base64url') === mac && timingSafeEqual(actual, expected)
  return same && Number(id) === bookingId && Number(expires) * 1000 > now.getTime()
}

/** The credential of an `Authorization: Bearer <token>` header when it is a view token, else null. */
export function viewTokenFromBearer(header: null | string | undefined): null | string {
  if (typeof header !== 'string') return null
  const token = BEARER.exec(header.trim())?.[1]
  return isViewToken(token) ? token : null
}
