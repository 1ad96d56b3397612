import { revalidatePath } from 'next/cache'

import { isSiteCacheKey } from '@/lib/siteCache/siteCacheKey'

/**
 * Drops the process's cached pages (src/lib/siteCache/revalidateSite). Only the site itself
 * calls it, with a key derived from PAYLOAD_SECRET; anyone else gets 404.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSiteCacheKey(request.headers.get('x-site-cache-key'))) return new Response(null, { status: 404 })
  revalidatePath('/', 'layout')
  return new Response(null, { headers: { 'Cache-Control': 'no-store' }, status: 204 })
}
