import { cache } from 'react'
import config from '@payload-config'
import { getPayload } from 'payload'

/** The public address of the site (PUBLIC_SITE_URL, as the Payload config resolves it), without a trailing slash. */
export const siteUrl = cache(async (): Promise<string> => {
  const payload = await getPayload({ config })
  return (payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '')
})
