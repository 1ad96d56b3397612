import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Opaque access tokens (e.g. the link a customer uses to view a booking).
 * The token is shown once; only its SHA-256 hash is stored. A 256-bit random
 * token needs no salt or slow hash: it cannot be guessed or brute-forced.
 */

const TOKEN_BYTES = 32
/**
 * Canonical unpadded base64url of 32 bytes: 43 characters; the last one carries
 * 4 data bits and 2 zero bits, so only 16 characters are valid there.
 */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/
const HASH_FORMAT = /^[0-9a-f]{64}$/i
const BEARER = /^bearer[ \t]+(\S+)$/i

export type AccessToken = {
  /** 32 random bytes, base64url without padding (43 characters). Give to the client only. */
  token: string
  /** SHA-256 of the token, lower-case hex (64 characters). Store this. */
  hash: string
}

/** A new random access token and the hash to store for it. */
export function createAccessToken(): AccessToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url')
  return { token, hash: hashAccessToken(token) }
}

/** SHA-256 of the token's UTF-8 bytes, lower-case hex. */
export function hashAccessToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/**
 * Whether `token` matches the stored `hash`. Compares the 32-byte digests with
 * `crypto.timingSafeEqual` (always equal length). Never throws: a missing,
 * malformed or non-string token or hash yields false.
 */
export function verifyAccessToken(token: string | null | undefined, hash: string | null | undefined): boolean {
  if (typeof token !== 'string' || typeof hash !== 'string') return false
  if (!TOKEN_FORMAT.test(token) || !HASH_FORMAT.test(hash)) return false
  const expected = Buffer.from(hash, 'hex')
  const actual = createHash('sha256').update(token, 'utf8').digest()
  return expected.length === actual.length && timingSafeEqual(actual, expected)
}

/**
 * The token from an `Authorization: Bearer <token>` header, or null. The scheme
 * is case-insensitive and surrounding whitespace is ignored; the token must be
 * exactly the canonical base64url form produced by `createAccessToken`.
 */
export function parseBearer(header: string | null | undefined): string | null {
  if (typeof header !== 'string') return null
  const match = BEARER.exec(header.trim())
  const token = match?.[1]
  return token !== undefined && TOKEN_FORMAT.test(token) ? token : null
}
