import { getRequestConfig } from 'next-intl/server'

import { DEFAULT_LOCALE, isLocale } from './locales'
import { loadMessages } from './loadMessages'

/** next-intl: the locale comes from the `[locale]` segment; messages are merged per area. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = requested && isLocale(requested) ? requested : DEFAULT_LOCALE
  return { locale, messages: await loadMessages(locale), timeZone: 'Europe/Paris' }
})
