import { createHash, randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAccessToken, hashAccessToken, parseBearer, verifyAccessToken } from './bearerToken'

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

describe('createAccessToken', () => {
  it('returns 32 random bytes as 43-char base64url and their sha256 hex', () => {
    const { token, hash } = createAccessToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(Buffer.from(token, 'base64url').toString('base64url')).toBe(token)
    expect(hash).toBe(sha256(token))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('produces a different token every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => createAccessToken().token))
    expect(tokens.size).toBe(100)
  })
})

describe('hashAccessToken', () => {
  it('is the lower-case sha256 hex of the token', () => {
    expect(hashAccessToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})

describe('verifyAccessToken', () => {
  const { token, hash } = createAccessToken()

  it('accepts the token for its own hash, also when the hash is upper-case', () => {
    expect(verifyAccessToken(token, hash)).toBe(true)
    expect(verifyAccessToken(token, hash.toUpperCase())).toBe(true)
  })

  it('rejects another valid token', () => {
    expect(verifyAccessToken(createAccessToken().token, hash)).toBe(false)
  })

  it('rejects a token differing in one character', () => {
    const flipped = (token[0] === 'A' ? 'B' : 'A') + token.slice(1)
    expect(verifyAccessToken(flipped, hash)).toBe(false)
  })

  it.each([
    ['null token', null, 'hash'],
    ['undefined hash', 'token', undefined],
    ['empty token', '', 'hash'],
    ['short hash', 'token', 'abcd'],
    ['non-hex hash', 'token', 'z'.repeat(64)],
    ['hash of odd length', 'token', 'a'.repeat(63)],
    ['wrong-length token', 'token-short', 'hash'],
  ])('returns false without throwing for %s', (_label, t, h) => {
    const realToken = t === 'token' ? token : t
    const realHash = h === 'hash' ? hash : h
    expect(() => verifyAccessToken(realToken, realHash)).not.toThrow()
    expect(verifyAccessToken(realToken, realHash)).toBe(false)
  })

  it('returns false for a padded or non-canonical spelling of the same bytes', () => {
    expect(verifyAccessToken(`${token}=`, hash)).toBe(false)
    expect(verifyAccessToken(` ${token}`, hash)).toBe(false)
  })

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (t, h) => {
        expect(verifyAccessToken(t as string, h as string)).toBe(false)
      }),
    )
  })
})

describe('parseBearer', () => {
  const { token } = createAccessToken()

  it.each([`Bearer ${token}`, `bearer ${token}`, `BEARER ${token}`, `  Bearer   ${token}  `, `Bearer\t${token}`])(
    'extracts the token from %j',
    (header) => {
      expect(parseBearer(header)).toBe(token)
    },
  )

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['scheme only', 'Bearer'],
    ['scheme and space', 'Bearer '],
    ['no scheme', token],
    ['Basic scheme', `Basic ${token}`],
    ['no space', `Bearer${token}`],
    ['two tokens', `Bearer ${token} ${token}`],
    ['too short', `Bearer ${token.slice(0, 42)}`],
    ['too long', `Bearer ${token}A`],
    ['padding', `Bearer ${token}=`],
    ['standard base64 "+"', `Bearer +${token.slice(1)}`],
    ['standard base64 "/"', `Bearer /${token.slice(1)}`],
    ['non-ASCII', `Bearer é${token.slice(1)}`],
    ['non-canonical last character', `Bearer ${token.slice(0, 42)}B`],
  ])('returns null for %s', (_label, header) => {
    expect(parseBearer(header)).toBeNull()
  })

  it('accepts every token createAccessToken can produce (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const t = Buffer.from(bytes).toString('base64url')
        expect(parseBearer(`Bearer ${t}`)).toBe(t)
      }),
    )
  })

  it('accepts a token from the real random source', () => {
    const t = randomBytes(32).toString('base64url')
    expect(parseBearer(`Bearer ${t}`)).toBe(t)
  })
})
