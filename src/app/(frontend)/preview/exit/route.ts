import { draftMode } from 'next/headers'

/** Leaves draft mode and goes back to the published page. */
export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path')
  return new Response(null, { headers: { Location: path && /^\/(?!\/)/.test(path) ? path : '/' }, status: 307 })
}
