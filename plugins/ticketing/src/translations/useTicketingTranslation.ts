'use client'
import { useTranslation } from '@payloadcms/ui'

import { translator } from './translator'

/** In client components: the plugin's strings in the admin's language, and that language (for Intl). */
export const useTicketingTranslation = () => {
  const { i18n, t } = useTranslation()
  return { language: i18n.language, tr: translator(t as never) }
}
