import type { Config, SanitizedConfig } from 'payload'

export type HostLocales = {
  /** The languages a booking and an event text can be in. */
  codes: string[]
  /** A booking's language when the visitor gives none; the fallback of event texts. */
  defaultLocale: string
  /** Whether the host's config is localized (event texts then live in `city_events_locales`). */
  localized: boolean
}

type LocaleConfig = Pick<Config, 'i18n' | 'localization'> | Pick<SanitizedConfig, 'i18n' | 'localization'>

/**
 * The host's languages, from its Payload config (raw or sanitized): its locales when localized;
 * otherwise its one admin language — the fallback language when the host supports it, else
 * `en` when supported, else the first supported language (Payload's default is `en`).
 */
export const hostLocales = (config: LocaleConfig): HostLocales => {
  // Read on every quote and booking: worked out once per config object.
  let known = computed.get(config)
  if (!known) computed.set(config, (known = readHostLocales(config)))
  return known
}

const computed = new WeakMap<LocaleConfig, HostLocales>()

const readHostLocales = (config: LocaleConfig): HostLocales => {
  const { i18n, localization } = config
  if (localization) {
    const codes = localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))
    return { codes, defaultLocale: localization.defaultLocale, localized: true }
  }
  const supported = Object.keys(i18n?.supportedLanguages ?? {})
  const fallback = i18n?.fallbackLanguage
  const language = !supported.length ? (fallback ?? 'en') : [fallback, 'en'].find((l) => l && supported.includes(l)) ?? supported[0]
  return { codes: [language], defaultLocale: language, localized: false }
}
