import { describe, expect, it } from 'vitest'

import { newWaitlistNonce, signWaitlistToken, verifyWaitlistToken, waitlistTokenEntryId } from './waitlistToken'

const secret = 'a-server-secret-long-enough-for-tests'

describe('waiting-list tokens', () => {
  it('opens its own entry with its nonce, and nothing else', () => {
    const nonce = newWaitlistNonce()
    const token = signWaitlistToken({ entryId: 42, nonce, secret })
    expect(waitlistTokenEntryId(token)).toBe(42)
    expect(verifyWaitlistToken(token, { entryId: 42, nonce, secret })).toBe(true)
    expect(verifyWaitlistToken(token, { entryId: 43, nonce, secret })).toBe(false)
    expect(verifyWaitlistToken(token, { entryId: 42, nonce: newWaitlistNonce(), secret })).toBe(false)
    expect(verifyWaitlistToken(token, { entryId: 42, nonce: null, secret })).toBe(false)
    expect(verifyWaitlistToken(token, { entryId: 42, nonce, secret: `${secret}x` })).toBe(false)
    expect(verifyWaitlistToken(token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), { entryId: 42, nonce, secret })).toBe(false)
  })

  it('reads no entry id from anything that is not a token', () => {
    for (const bad of ['', 'w1.0.x', 'w1.12', 'v1.12.abc', 42, null, `w1.1.${'a'.repeat(44)}`]) expect(waitlistTokenEntryId(bad)).toBeNull()
  })
})
