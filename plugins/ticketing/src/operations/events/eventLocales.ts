import type { PayloadRequest } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { hostLocales } from '../../hostLocales'

/**
 * The locale to read event texts in (validated against the host's locales, or its one language
 * when not localized) and the fallback, the host's default. `lenient` reads a stored value
 * (a booking's locale): one the host no longer has falls back to the default instead of failing.
 */
export const eventLocales = (req: Pick<PayloadRequest, 'payload'>, requested?: null | string, { lenient = false } = {}) => {
  const { codes, defaultLocale: fallbackLocale } = hostLocales(req.payload.config)
  const locale = requested || fallbackLocale
  if (!codes.includes(locale)) {
    if (lenient) return { fallbackLocale, locale: fallbackLocale }
    throw new TicketingError(ERROR_CODES.VALIDATION, 400, `Unknown locale "${locale}".`, { fields: { locale: [`Use one of: ${codes.join(', ')}.`] } })
  }
  return { fallbackLocale, locale }
}
