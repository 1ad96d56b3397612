import type { EmailLocale } from './types'

/** The languages the email templates have strings for; `en` is the source language. */
const EMAIL_LOCALES: readonly EmailLocale[] = ['en', 'fr']

/** `fr`, `fr-CA`, `FR_ca` → `fr`; a language without strings → undefined. */
const supported = (locale: null | string | undefined): EmailLocale | undefined => {
  const language = locale?.trim().toLowerCase().split(/[-_]/)[0]
  return EMAIL_LOCALES.find((l) => l === language)
}

/**
 * The language of an email: the booking's when the templates have strings for it (a regional
 * tag counts as its language), else `fallback` (the host's default locale) on the same terms,
 * else English.
 */
export function resolveLocale(locale: null | string | undefined, fallback?: null | string): EmailLocale {
  return supported(locale) ?? supported(fallback) ?? 'en'
}
