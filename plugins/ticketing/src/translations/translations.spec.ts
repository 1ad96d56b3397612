import { describe, expect, it } from 'vitest'

import { mergeTranslations, tl } from './index'
import { en } from './languages/en'
import { fr } from './languages/fr'

describe('translations', () => {
  it('fr has every key of en, and no empty string', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
    expect(Object.values(fr).every((value) => value.trim().length > 0)).toBe(true)
  })

  it('merges only the configured languages, and the host strings win', () => {
    const merged = mergeTranslations({
      supportedLanguages: { fr: {} } as never,
      translations: { fr: { 'plugin-ticketing': { bookings: 'Commandes' } } } as never,
    }) as { translations: Record<string, Record<string, Record<string, string>>> }
    expect(Object.keys(merged.translations)).toEqual(['fr'])
    expect(merged.translations.fr['plugin-ticketing'].bookings).toBe('Commandes')
    expect(merged.translations.fr['plugin-ticketing'].seatsHeld).toBe('Places bloquées')
  })

  it('labels resolve through the plugin namespace', () => {
    const t = (key: string) => `<${key}>`
    expect(tl('seatsAvailable')({ i18n: {} as never, t: t as never })).toBe('<plugin-ticketing:seatsAvailable>')
  })
})

describe('select options', () => {
  it('every status, kind, outcome and locale option has a label in both languages', async () => {
    const constants = await import('../constants')
    const values = [
      ...constants.EVENT_STATUSES, ...constants.BOOKING_STATUSES, ...constants.PAYMENT_STATUSES, ...constants.TICKET_TYPES,
      ...constants.LEDGER_KINDS, ...constants.STRIPE_EVENT_OUTCOMES, ...constants.BOOKING_LOCALES,
    ]
    for (const value of values) {
      expect(en, value).toHaveProperty(`status_${value}`)
      expect(fr, value).toHaveProperty(`status_${value}`)
    }
  })
})
