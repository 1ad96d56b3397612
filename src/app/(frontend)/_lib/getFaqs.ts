import { cache } from 'react'
import config from '@payload-config'
import { getPayload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Faq } from '@/payload-types'

/** The FAQ in the editors' order. */
export const getFaqs = cache(async (locale: Locale): Promise<Faq[]> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({ collection: 'faqs', limit: 50, locale, overrideAccess: false, sort: 'order' })
  return docs
})
