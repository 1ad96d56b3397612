import { describe, expect, it } from 'vitest'

import { swapLocale } from './swapLocale'

describe('swapLocale', () => {
  it('swaps the locale segment and keeps the rest of the path', () => {
    expect(swapLocale('/fr/events/paris-2027', 'en')).toBe('/en/events/paris-2027')
    expect(swapLocale('/en/book/pay/MC2027-7KQ3XP', 'fr')).toBe('/fr/book/pay/MC2027-7KQ3XP')
  })
  it('handles the language root and paths without a locale', () => {
    expect(swapLocale('/fr', 'en')).toBe('/en')
    expect(swapLocale('/fr/', 'en')).toBe('/en')
    expect(swapLocale('/', 'en')).toBe('/en')
    expect(swapLocale('/events', 'fr')).toBe('/fr/events')
  })
  it('does not take a page named like a locale for the locale', () => {
    expect(swapLocale('/fr/en', 'en')).toBe('/en/en')
  })
})
