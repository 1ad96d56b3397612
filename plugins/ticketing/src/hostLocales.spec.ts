import { describe, expect, it } from 'vitest'

import { hostLocales } from './hostLocales'

describe('hostLocales', () => {
  it("takes a localized host's locale codes and default locale, as strings or objects", () => {
    expect(hostLocales({ localization: { defaultLocale: 'fr', locales: [{ code: 'fr', label: 'Français' }, { code: 'en', label: 'English' }] } })).toEqual({
      codes: ['fr', 'en'],
      defaultLocale: 'fr',
      localized: true,
    })
    expect(hostLocales({ localization: { defaultLocale: 'de', locales: ['de', 'en'] } })).toEqual({ codes: ['de', 'en'], defaultLocale: 'de', localized: true })
  })

  it('gives an unlocalized host one language: English by default, else its fallback or first admin language', () => {
    expect(hostLocales({})).toEqual({ codes: ['en'], defaultLocale: 'en', localized: false })
    expect(hostLocales({ i18n: { fallbackLanguage: 'en', supportedLanguages: { de: {}, en: {} } as never } })).toMatchObject({ codes: ['en'], defaultLocale: 'en' })
    expect(hostLocales({ i18n: { fallbackLanguage: 'de', supportedLanguages: { de: {}, en: {} } as never } })).toMatchObject({ codes: ['de'], defaultLocale: 'de' })
    expect(hostLocales({ i18n: { supportedLanguages: { es: {} } as never } })).toMatchObject({ codes: ['es'], defaultLocale: 'es' })
  })
})
