import { cache } from 'react'
import config from '@payload-config'
import { getPayload, type TypedUser } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { CityEvent } from '@/payload-types'

/**
 * An event by slug as visitors may read it (never a DRAFT: the collection's access rules hide
 * drafts from the public), or any status for a signed-in staff member in live preview.
 */
export const getEvent = cache(async (slug: string, locale: Locale, previewer: null | TypedUser): Promise<CityEvent | null> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'city-events',
    depth: 1,
    limit: 1,
    locale,
    overrideAccess: false,
    user: previewer,
    where: { slug: { equals: slug } },
  })
  const event = docs[0] ?? null
  if (event?.status === 'DRAFT' && !previewer) return null
  return event
})
