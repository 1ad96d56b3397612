import { siteCacheKey } from './siteCacheKey'

/** This process's own address, as Next.js records it when it starts listening (`next start`, `next dev`). */
const ownOrigin = () => process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null)

/**
 * Drops every cached page of the site (both languages, every marketing page) so the next
 * visitor gets one rendered from the database: the site is small and its pages share the
 * tour's content (home and content pages list the events, every page has the FAQ and header),
 * so one published change refreshes them all rather than guessing which ones show it.
 *
 * Called when PostgreSQL announces a committed change (listenSiteChanges for content, the
 * ticketing plugin's onEventStatusChange for sell-outs and cancellations), outside any request:
 * the process asks its own revalidation route (`/site-cache/revalidate`), where Next.js can
 * drop its cache (`revalidatePath` works only inside a request). Outside a Next.js server (a
 * seed script, a test process) there is no page cache and nothing happens.
 */
export const revalidateSite = async (reason: string): Promise<void> => {
  const origin = ownOrigin()
  if (!origin) return
  const response = await fetch(`${origin}/site-cache/revalidate`, {
    body: JSON.stringify({ reason }),
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json', 'X-Site-Cache-Key': siteCacheKey() },
    method: 'POST',
    signal: AbortSignal.timeout(5_000),
  })
  if (!response.ok) throw new Error(`the site's revalidation route answered ${response.status}`)
}
