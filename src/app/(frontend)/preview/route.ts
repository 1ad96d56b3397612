import config from '@payload-config'
import { draftMode } from 'next/headers'
import { getPayload } from 'payload'

import { sameSitePath } from '@/lib/sameSitePath'

/**
 * Entry point of Payload's live preview: a signed-in staff member (admin cookie) gets Next's
 * draft mode and lands on the page, which then renders drafts. Anybody else gets 401.
 */
export async function GET(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Sign in to the admin to preview drafts.', { status: 401 })
  ;(await draftMode()).enable()
  const path = sameSitePath(new URL(request.url).searchParams.get('path'))
  return new Response(null, { headers: { Location: path }, status: 307 })
}
