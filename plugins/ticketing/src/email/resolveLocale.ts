import type { EmailLocale } from './types'

/** The email locale for a stored booking locale: `en` stays `en`, anything else is `fr`. */
export function resolveLocale(locale: string | null | undefined): EmailLocale {
  return locale === 'en' ? 'en' : 'fr'
}
