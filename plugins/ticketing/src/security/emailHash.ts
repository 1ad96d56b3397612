import { createHmac } from 'node:crypto'

/**
 * A keyed hash of an email address (HMAC-SHA-256 under the server secret, case and spaces
 * aside): what audit entries about a person's data keep instead of the address. The same
 * address always gives the same hash, so staff can find the entries about an address they
 * are given, but the hash alone names nobody.
 */
export const emailHash = (secret: string, email: string): string =>
  createHmac('sha256', `${secret}:ticketing-privacy`).update(email.trim().toLowerCase()).digest('hex')
