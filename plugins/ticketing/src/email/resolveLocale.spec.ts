import { describe, expect, it } from 'vitest'

import { resolveLocale } from './resolveLocale'

describe('resolveLocale', () => {
  it('keeps a language the templates have strings for, regional tags included', () => {
    expect(resolveLocale('fr')).toBe('fr')
    expect(resolveLocale('en')).toBe('en')
    expect(resolveLocale('fr-CA')).toBe('fr')
    expect(resolveLocale('EN_gb', 'fr')).toBe('en')
  })

  it("falls back to the host's default when the booking's language has no strings, then to English", () => {
    expect(resolveLocale('de', 'fr')).toBe('fr')
    expect(resolveLocale(null, 'fr')).toBe('fr')
    // A host in German only: English, never French.
    expect(resolveLocale('de', 'de')).toBe('en')
    expect(resolveLocale('de')).toBe('en')
    expect(resolveLocale(undefined)).toBe('en')
  })
})
