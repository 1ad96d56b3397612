import { draftMode } from 'next/headers'

import { sameSitePath } from '@/lib/sameSitePath'

/** Leaves draft mode and goes back to the published page (a path of this site only). */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = sameSitePath(new URL(request.url).searchParams.get('path'))
  return new Response(null, { headers: { Location: path }, status: 307 })
}
