import { cache } from 'react'
import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'

/**
 * The signed-in staff member looking at a page in Payload's live preview, or null for
 * everybody else: drafts are shown only with draft mode on AND a valid admin session.
 */
export const previewUser = cache(async () => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
})
