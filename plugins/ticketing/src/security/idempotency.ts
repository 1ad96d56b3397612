import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { claimKey, findKey, storeKeyResponse } from '../db/guards/idempotencyKeys'
import { ERROR_CODES, TicketingError } from '../errors'

export type StoredResponse = { body: unknown; status: number }

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

/** Canonical JSON (sorted keys) so that the same body always hashes the same. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
      : JSON.stringify(value)

// Replayed responses carry the booking's access token: they are stored encrypted (AES-256-GCM).
const keyFor = (secret: string) => createHash('sha256').update(`${secret}:ticketing-idempotency`).digest()

const seal = (secret: string, value: StoredResponse) => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret), iv)
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64')).join('.')
}

const open = (secret: string, sealed: string): StoredResponse => {
  const [iv, tag, data] = sealed.split('.').map((part) => Buffer.from(part, 'base64'))
  const decipher = createDecipheriv('aes-256-gcm', keyFor(secret), iv)
  decipher.setAuthTag(tag)
  return JSON.parse(Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8'))
}

/**
 * Claims an Idempotency-Key inside the request's transaction. The unique key makes a
 * concurrent request with the same key wait for this one; afterwards it gets the stored
 * response. Returns the stored response to replay, or null when this request owns the key.
 * Keys live 24 hours; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED.
 */
export const claimIdempotencyKey = async (req: PayloadRequest, scope: string, key: string, body: unknown): Promise<null | StoredResponse> => {
  const keyHash = sha256(`${scope}:${key}`)
  const requestHash = sha256(canonical(body))
  if (await claimKey(req, keyHash, requestHash)) return null
  const row = await findKey(req, keyHash)
  if (!row || row.requestHash !== requestHash || !row.response) {
    throw new TicketingError(ERROR_CODES.IDEMPOTENCY_KEY_REUSED, 422, 'This Idempotency-Key was already used with a different request.')
  }
  return open(req.payload.secret, row.response)
}

/** Stores the response of the request that owns the key (same transaction as its effects). */
export const storeIdempotentResponse = async (req: PayloadRequest, scope: string, key: string, response: StoredResponse) => {
  await storeKeyResponse(req, sha256(`${scope}:${key}`), seal(req.payload.secret, response))
}
