import type { Metadata } from 'next'

import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/i18n/locales'

/**
 * Canonical address and hreflang alternates of a page that exists in every language;
 * `path` is what follows the locale segment ("" for home, "/events/paris-2027").
 */
export const alternates = (locale: Locale, path: string): Metadata['alternates'] => ({
  canonical: `/${locale}${path}`,
  languages: {
    ...Object.fromEntries(LOCALES.map((code) => [code, `/${code}${path}`])),
    'x-default': `/${DEFAULT_LOCALE}${path}`,
  },
})
