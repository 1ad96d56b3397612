import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { newAuditSalt, openAuditValue, sealAuditValue } from './auditSeal'

const secret = 'a-server-secret-of-some-length-000'

describe('audit seals', () => {
  it('opens what it sealed, with the same salt, subject and secret', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const salt = newAuditSalt()
        const sealed = sealAuditValue({ salt, secret, subject: 'bookings:1', value })
        expect(openAuditValue({ salt, sealed, secret, subject: 'bookings:1' })).toEqual(JSON.parse(JSON.stringify(value)))
      }),
    )
  })

  it('keeps the value out of the sealed text, and opens nothing without the right salt, subject or secret', () => {
    const salt = newAuditSalt()
    const sealed = sealAuditValue({ salt, secret, subject: 'bookings:1', value: { email: 'ada@example.com' } })
    expect(sealed).not.toContain('ada')
    expect(sealed).toMatch(/^v1\./)
    expect(openAuditValue({ salt: newAuditSalt(), sealed, secret, subject: 'bookings:1' })).toBeUndefined()
    expect(openAuditValue({ salt, sealed, secret, subject: 'bookings:2' })).toBeUndefined()
    expect(openAuditValue({ salt, sealed, secret: `${secret}x`, subject: 'bookings:1' })).toBeUndefined()
    expect(openAuditValue({ salt, sealed: 'v1.garbage', secret, subject: 'bookings:1' })).toBeUndefined()
    expect(openAuditValue({ salt, sealed: 42, secret, subject: 'bookings:1' })).toBeUndefined()
  })
})
