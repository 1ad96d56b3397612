import type { PayloadRequest } from 'payload'

import { ERROR_CODES, TicketingError } from '../errors'

/** The locale to read event texts in (validated against the config) and the fallback. */
export const eventLocales = (req: Pick<PayloadRequest, 'payload'>, requested?: null | string) => {
  const localization = req.payload.config.localization
  const codes = localization ? localization.localeCodes : ['en']
  const fallbackLocale = localization ? localization.defaultLocale : 'en'
  const locale = requested || fallbackLocale
  if (!codes.includes(locale)) {
    throw new TicketingError(ERROR_CODES.VALIDATION, 400, `Unknown locale "${locale}".`, { fields: { locale: [`Use one of: ${codes.join(', ')}.`] } })
  }
  return { fallbackLocale, locale }
}
