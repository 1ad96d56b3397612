import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createAccessToken } from './bearerToken'
import { isViewToken, signViewToken, verifyViewToken, viewTokenFromBearer } from './viewToken'

const secret = 'server-secret'
const now = new Date('2026-12-01T10:00:00Z')
const later = new Date('2027-06-01T10:00:00Z')

describe('signViewToken / verifyViewToken', () => {
  const token = signViewToken({ bookingId: 42, expiresAt: later, secret })

  it('opens its own booking until it expires', () => {
    expect(token).toMatch(/^v1\.42\.\d+\.[A-Za-z0-9_-]{43}$/)
    expect(verifyViewToken(token, { bookingId: 42, now, secret })).toBe(true)
    expect(verifyViewToken(token, { bookingId: 42, now: new Date(later.getTime() - 1000), secret })).toBe(true)
  })

  it('is refused at and after its expiry', () => {
    expect(verifyViewToken(token, { bookingId: 42, now: later, secret })).toBe(false)
    expect(verifyViewToken(token, { bookingId: 42, now: new Date(later.getTime() + 86_400_000), secret })).toBe(false)
  })

  it('never opens another booking, and needs the same secret', () => {
    expect(verifyViewToken(token, { bookingId: 43, now, secret })).toBe(false)
    expect(verifyViewToken(token, { bookingId: 42, now, secret: 'another-secret' })).toBe(false)
    expect(verifyViewToken(token, { bookingId: 42, now, secret: '' })).toBe(false)
  })

  it('cannot be moved to another booking or a later date by editing it', () => {
    const [, , expires, mac] = token.split('.')
    expect(verifyViewToken(`v1.43.${expires}.${mac}`, { bookingId: 43, now, secret })).toBe(false)
    expect(verifyViewToken(`v1.42.${Number(expires) + 86_400}.${mac}`, { bookingId: 42, now, secret })).toBe(false)
  })

  it('refuses malformed tokens without throwing', () => {
    for (const bad of [null, undefined, 42, {}, '', 'v1', 'v2.42.1.x', `${token}x`, ` ${token}`, token.replace('v1.', 'v1..'), token.slice(0, -1)]) {
      expect(verifyViewToken(bad, { bookingId: 42, now, secret })).toBe(false)
    }
  })

  it('refuses a valid signature spelled with a non-canonical last character', () => {
    // 43 base64url characters carry 258 bits for 256: the last character's two low bits are unused.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const twin = `${token.slice(0, -1)}${alphabet[alphabet.indexOf(token.at(-1)!) ^ 1]}`
    expect(Buffer.from(twin.split('.')[3], 'base64url')).toEqual(Buffer.from(token.split('.')[3], 'base64url'))
    expect(verifyViewToken(twin, { bookingId: 42, now, secret })).toBe(false)
  })

  it('rejects nonsense arguments when signing', () => {
    expect(() => signViewToken({ bookingId: 0, expiresAt: later, secret })).toThrow(RangeError)
    expect(() => signViewToken({ bookingId: 1.5, expiresAt: later, secret })).toThrow(RangeError)
    expect(() => signViewToken({ bookingId: 1, expiresAt: new Date(Number.NaN), secret })).toThrow(RangeError)
    expect(() => signViewToken({ bookingId: 1, expiresAt: later, secret: '' })).toThrow(RangeError)
  })

  it('verifies exactly for its booking, secret and lifetime (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ max: 2 ** 40, min: 1 }),
        fc.integer({ max: 2 ** 40, min: 1 }),
        fc.string({ minLength: 1 }),
        fc.integer({ max: 10 * 365 * 86_400, min: 1 }),
        fc.integer({ max: 10 * 365 * 86_400, min: 0 }),
        (id, otherId, key, lifetime, elapsed) => {
          const expiresAt = new Date(now.getTime() + lifetime * 1000)
          const signed = signViewToken({ bookingId: id, expiresAt, secret: key })
          const at = new Date(now.getTime() + elapsed * 1000)
          expect(isViewToken(signed)).toBe(true)
          expect(verifyViewToken(signed, { bookingId: id, now: at, secret: key })).toBe(elapsed < lifetime)
          if (otherId !== id) expect(verifyViewToken(signed, { bookingId: otherId, now, secret: key })).toBe(false)
        },
      ),
    )
  })

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer(), (t, id) => {
        expect(verifyViewToken(t, { bookingId: id, now, secret })).toBe(false)
      }),
    )
  })
})

describe('viewTokenFromBearer', () => {
  const token = signViewToken({ bookingId: 7, expiresAt: later, secret })

  it('takes a view token from a Bearer header, any scheme case', () => {
    expect(viewTokenFromBearer(`Bearer ${token}`)).toBe(token)
    expect(viewTokenFromBearer(`bearer  ${token} `)).toBe(token)
  })

  it('leaves access tokens and anything else alone', () => {
    expect(viewTokenFromBearer(`Bearer ${createAccessToken().token}`)).toBeNull()
    for (const header of [null, undefined, '', token, `Basic ${token}`, `Bearer ${token} x`, `Bearer ${'v1.1.1.'.padEnd(300, 'a')}`]) {
      expect(viewTokenFromBearer(header)).toBeNull()
    }
  })

  it('never mistakes an access token for a view token (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32, minLength: 32 }), (bytes) => {
        expect(isViewToken(Buffer.from(bytes).toString('base64url'))).toBe(false)
      }),
    )
  })
})
