import { randomBytes } from 'node:crypto'

export { normalizeReference } from './normalizeReference'

/**
 * 32 unambiguous characters for booking references: digits 2–9 and A–Z
 * without I and O (0/O and 1/I are easily confused when read aloud or typed).
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** Number of random characters after the dash. 32^6 ≈ 1.07e9 codes per prefix and year. */
const CODE_LENGTH = 6
const PREFIX = /^[A-Z0-9]{1,10}$/

export type GenerateReferenceOptions = {
  /** 1–10 upper-case letters or digits. Default 'TK'. */
  prefix?: string
  /** The year is taken in UTC. Default: the current time. */
  now?: Date
  /** Source of cryptographically secure bytes. Default `crypto.randomBytes`. */
  random?: (size: number) => Uint8Array
}

/**
 * A human-friendly booking reference `${prefix}${UTC year}-${6 chars}`, e.g.
 * `MC2026-7KQ3XP`. Not a secret (use an access token for authorisation) and
 * not guaranteed unique: the caller relies on a unique index and retries.
 *
 * Each character is `REFERENCE_ALPHABET[byte & 31]`. Because the alphabet has
 * exactly 32 = 2^5 characters, the low five bits of a uniform random byte are
 * themselves uniform, so every character is equally likely: there is no
 * modulo bias (which would appear with `byte % n` for an n not dividing 256).
 *
 * @throws RangeError on an invalid prefix, an invalid date or a year outside
 * 1000–9999, or when `random` returns fewer than 6 bytes.
 */
export function generateReference(options: GenerateReferenceOptions = {}): string {
  const { prefix = 'TK', now = new Date(), random = randomBytes } = options
  if (!PREFIX.test(prefix)) {
    throw new RangeError(`Reference prefix must be 1–10 characters A–Z or 0–9, got ${JSON.stringify(prefix)}`)
  }
  const year = now.getUTCFullYear()
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Cannot build a reference for date ${String(now)}`)
  }
  const bytes = random(CODE_LENGTH)
  if (bytes.length < CODE_LENGTH) {
    throw new RangeError(`random(${CODE_LENGTH}) returned only ${bytes.length} bytes`)
  }
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += REFERENCE_ALPHABET[bytes[i] & 31]
  }
  return `${prefix}${year}-${code}`
}
