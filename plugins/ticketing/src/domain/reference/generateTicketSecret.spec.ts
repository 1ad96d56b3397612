import { describe, expect, it } from 'vitest'

import { generateTicketSecret } from './generateTicketSecret'

describe('generateTicketSecret', () => {
  it('encodes 128 random bits as 22 base64url characters', () => {
    const secret = generateTicketSecret()
    expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(Buffer.from(secret, 'base64url')).toHaveLength(16)
  })

  it('carries exactly the random bytes it was given', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i * 16)
    expect(Buffer.from(generateTicketSecret(() => bytes), 'base64url')).toEqual(Buffer.from(bytes))
  })

  it('never repeats across many draws', () => {
    const seen = new Set(Array.from({ length: 10_000 }, () => generateTicketSecret()))
    expect(seen.size).toBe(10_000)
  })
})
