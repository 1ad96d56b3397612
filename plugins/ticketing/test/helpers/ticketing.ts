import { randomUUID } from 'node:crypto'

import type { RestOptions } from '../../dev/helpers/restClient'
import { rest } from './devHostFile'

let counter = 0

/** A distinct client address and buyer per call, so rate limits never decide a test by accident. */
export const visitor = () => {
  counter += 1
  const n = counter + (process.pid % 1000) * 1000
  return {
    buyer: { email: `buyer-${randomUUID().slice(0, 8)}@example.com`, name: `Buyer ${n}` },
    ip: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
  }
}

/** POST /api/ticketing/bookings as a fresh visitor (override anything). */
export const book = (body: Record<string, unknown>, options: RestOptions & { ip?: string } = {}) => {
  const who = visitor()
  return rest('POST', '/ticketing/bookings', {
    ...options,
    body: { buyer: who.buyer, quantity: 1, ...body },
    headers: { 'X-Forwarded-For': options.ip ?? who.ip, ...options.headers },
  })
}

export const bearer = (accessToken: string) => ({ Authorization: `Bearer ${accessToken}` })
