import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sameSitePath } from './sameSitePath'

describe('sameSitePath', () => {
  it('keeps paths of the site, query and fragment included', () => {
    expect(sameSitePath('/fr/events/paris-2027')).toBe('/fr/events/paris-2027')
    expect(sameSitePath('/en/book?event=3#top')).toBe('/en/book?event=3#top')
  })

  it('sends anything that could leave the site to the fallback', () => {
    for (const hostile of ['/\\evil.example', '/\t/evil.example', '/\n/evil.example', '//evil.example', '\\\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/ /evil.example', '', null, undefined]) {
      expect(sameSitePath(hostile)).toBe('/')
    }
  })

  it('never answers a target a browser would resolve on another origin', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('/', '\\', '\t', '\n', ' ', ':', '.', 'e', '%', '@', '?', '#') }), (value) => {
        const target = sameSitePath(value)
        // What a browser does first: drop tabs and newlines, read "\" as "/".
        const browser = target.replace(/[\t\n\r]/g, '').replace(/\\/g, '/')
        expect(new URL(browser, 'https://site.example').origin).toBe('https://site.example')
      }),
      { numRuns: 500 },
    )
  })
})
