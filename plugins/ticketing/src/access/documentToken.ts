import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed download links for documents: `d1.<expires, unix seconds>.<signature, base64url>`,
 * HMAC-SHA-256 of the document's number and the expiry under the server secret. Valid 15
 * minutes by default; nothing stored, and a token opens one document only.
 */
const FORMAT = /^d1\.([1-9]\d{0,11})\.([A-Za-z0-9_-]{43})$/
export const DOCUMENT_LINK_SECONDS = 15 * 60

const signature = (secret: string, number: string, expires: number) => createHmac('sha256', secret).update(`ticketing-document:d1:${number}:${expires}`).digest()

/** A token that opens document `number` until `now` + 15 minutes. */
export function signDocumentToken({ now = new Date(), number, secret }: { now?: Date; number: string; secret: string }): string {
  if (!secret) throw new RangeError('a secret is required')
  const expires = Math.floor(now.getTime() / 1000) + DOCUMENT_LINK_SECONDS
  return `d1.${expires}.${signature(secret, number, expires).toString('base64url')}`
}

/** Whether `token` opens document `number` at `now`: right shape, not expired, signature equal in constant time. Never throws. */
export function verifyDocumentToken(token: unknown, { now = new Date(), number, secret }: { now?: Date; number: string; secret: string }): boolean {
  if (typeof token !== 'string' || !secret) return false
  const match = FORMAT.exec(token)
  if (!match) return false
  const [, expires, mac] = match
  const expected = signature(secret, number, Number(expires))
  const actual = Buffer.from(mac, 'base64url')
  const same = actual.length === expected.length && actual.toString('base64url') === mac && timingSafeEqual(actual, expected)
  return same && Number(expires) * 1000 > now.getTime()
}
