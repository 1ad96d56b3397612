import type { Config, LabelFunction } from 'payload'

import { en, type TicketingTranslationKey } from './languages/en'
import { fr } from './languages/fr'

export const TRANSLATION_NAMESPACE = 'plugin-ticketing'
const languages = { en, fr } as const

/** A label Payload translates in the admin's language: `label: tl('seatsAvailable')`. */
export const tl =
  (key: TicketingTranslationKey): LabelFunction =>
  ({ t }) =>
    (t as unknown as (key: string) => string)(`${TRANSLATION_NAMESPACE}:${key}`)

/**
 * Merges the plugin's strings into the config's i18n, for the configured languages only;
 * strings the host already defines in the namespace win.
 */
export const mergeTranslations = (i18n: Config['i18n']): Config['i18n'] => {
  const supported = Object.keys(i18n?.supportedLanguages ?? { en: true })
  const existing = (i18n?.translations ?? {}) as Record<string, Record<string, Record<string, string>>>
  const translations: Record<string, unknown> = { ...existing }
  for (const language of supported) {
    const ours = languages[language as keyof typeof languages] ?? en
    translations[language] = { ...existing[language], [TRANSLATION_NAMESPACE]: { ...ours, ...existing[language]?.[TRANSLATION_NAMESPACE] } }
  }
  return { ...i18n, translations: translations as NonNullable<Config['i18n']>['translations'] }
}

/** The admin sidebar group of every ticketing collection. */
export const TICKETING_GROUP = { en: en.ticketing, fr: fr.ticketing }
