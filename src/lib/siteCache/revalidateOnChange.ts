import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

import { SITE_CHANGES_CHANNEL } from './listenSiteChanges'

type Doc = { _status?: null | string } | null | undefined
type Db = { drizzle: unknown; execute: (args: { db: unknown; sql: unknown }) => Promise<unknown>; sessions?: Record<string, { db: unknown }> }

/** A save that changes nothing visitors see: a draft of a document that was not published either. */
const draftOnly = (doc: Doc, previousDoc: Doc) => doc?._status === 'draft' && previousDoc?._status !== 'published'

/**
 * Announces the change in PostgreSQL, in the transaction of the save: every app process hears
 * it once it is committed (never before, so no page is rendered from the old row) and drops
 * its cached pages (listenSiteChanges).
 */
const announce = async (collection: string, req: PayloadRequest) => {
  if (req.context.disableRevalidate) return
  const db = req.payload.db as unknown as Db
  const id = await req.transactionID
  const handle = (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
  await db.execute({ db: handle, sql: sql`SELECT pg_notify(${SITE_CHANGES_CHANNEL}, ${`${collection} changed`})` })
}

/**
 * Adds the hooks that refresh the site's cached pages when an editor saves, publishes,
 * unpublishes or deletes a document of `collection`. Every page of both languages is refreshed
 * (revalidateSite). Drafts only show in live preview, which is never cached.
 */
export const revalidateOnChange = (collection: CollectionConfig): CollectionConfig => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (!draftOnly(doc, previousDoc)) await announce(collection.slug, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await announce(collection.slug, req)
    return doc
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}
