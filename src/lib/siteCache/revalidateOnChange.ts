import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { revalidateSite } from './revalidateSite'

type Doc = { _status?: null | string } | null | undefined

/** A save that changes nothing visitors see: a draft of a document that was not published either. */
const draftOnly = (doc: Doc, previousDoc: Doc) => doc?._status === 'draft' && previousDoc?._status !== 'published'

const refresh = async (collection: string, req: { context: Record<string, unknown>; payload: { logger: { error: (o: object, m: string) => void } } }) => {
  if (req.context.disableRevalidate) return
  try {
    await revalidateSite(`${collection} changed`)
  } catch (error) {
    req.payload.logger.error({ collection, err: error instanceof Error ? error.message : String(error) }, 'site cache: the pages could not be refreshed')
  }
}

/**
 * Adds the hooks that refresh the site's cached pages when an editor saves, publishes,
 * unpublishes or deletes a document of `collection` (both languages: the cache holds every
 * language's pages and all are dropped). Drafts only show in live preview, which is never cached.
 */
export const revalidateOnChange = (collection: CollectionConfig): CollectionConfig => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (!draftOnly(doc, previousDoc)) await refresh(collection.slug, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await refresh(collection.slug, req)
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
