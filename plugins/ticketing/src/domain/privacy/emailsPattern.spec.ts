import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { emailsPattern } from './emailsPattern'

/** JavaScript reads these escapes as PostgreSQL's ARE does: enough to check the pattern here. */
const matches = (pattern: string, text: string) => new RegExp(pattern, 'i').test(text)

describe('emailsPattern', () => {
  it('matches each address anywhere in a text, in any case', () => {
    const pattern = emailsPattern(['Ada.Lovelace+tickets@Example.com', 'bob@x.fr'])!
    expect(matches(pattern, '550 5.1.1 <ada.lovelace+tickets@example.com>: mailbox unavailable')).toBe(true)
    expect(matches(pattern, 'to BOB@X.FR')).toBe(true)
  })

  it('matches dots and pluses literally, never as wildcards', () => {
    const pattern = emailsPattern(['a.b+c@x.fr'])!
    expect(matches(pattern, 'aXb+c@x.fr')).toBe(false)
    expect(matches(pattern, 'a.bbbc@x.fr')).toBe(false)
    expect(matches(pattern, 'a.b+c@xyfr')).toBe(false)
  })

  it('is null without an address, and matches every address it was given', () => {
    expect(emailsPattern([])).toBeNull()
    expect(emailsPattern(['  '])).toBeNull()
    fc.assert(
      fc.property(fc.array(fc.emailAddress(), { minLength: 1, maxLength: 5 }), (emails) => {
        const pattern = emailsPattern(emails)!
        for (const email of emails) expect(matches(pattern, `x ${email.toUpperCase()} y`)).toBe(true)
      }),
    )
  })
})
