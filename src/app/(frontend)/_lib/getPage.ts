import { cache } from 'react'
import config from '@payload-config'
import { getPayload, type TypedUser } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'

/** A published page by slug (its latest draft for a signed-in editor in preview), or null. */
export const getPage = cache(async (slug: string, locale: Locale, previewer: null | TypedUser): Promise<null | Page> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'pages',
    depth: 2,
    draft: Boolean(previewer),
    limit: 1,
    locale,
    overrideAccess: false,
    user: previewer,
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
})
