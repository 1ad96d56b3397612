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

describe('ledger statuses and error codes', () => {
  it('every Stripe status the ledger knows has words in both languages (ledger_<status>)', async () => {
    const { ledgerStatusesAhead } = await import('../domain/ledgerStatusRank')
    // A write of an unknown status leaves every known one in place: the full list per kind.
    const statuses = (['PAYMENT', 'REFUND', 'DISPUTE'] as const).flatMap((kind) => ledgerStatusesAhead(kind, 'an-unknown-status'))
    expect(statuses.length).toBeGreaterThan(10)
    for (const status of statuses) {
      expect(en, status).toHaveProperty(`ledger_${status}`)
      expect(fr, status).toHaveProperty(`ledger_${status}`)
    }
  })

  it('translated error codes are codes the plugin has', async () => {
    const { ERROR_CODES } = await import('../errors')
    const translated = Object.keys(en).filter((key) => key.startsWith('error_')).map((key) => key.slice('error_'.length))
    expect(translated.filter((code) => !(code in ERROR_CODES))).toEqual([])
  })
})
