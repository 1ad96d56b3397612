import type { CollectionConfig } from 'payload'

/** The table Payload's PostgreSQL adapter makes for a slug when no `dbName` is given. */
const defaultTable = (slug: string) => slug.replace(/-/g, '_')

/**
 * The plugin's SQL (seat holds, reports, the schema hooks) names its tables as the adapter
 * makes them from the collections' slugs. A collection override that renames a table with
 * `dbName` would leave that SQL on a table that does not exist, so it is refused when the
 * config is built, with what to do instead.
 */
export const assertOwnTableNames = (collections: readonly CollectionConfig[]): void => {
  for (const collection of collections) {
    const { dbName, slug } = collection
    if (dbName === undefined || dbName === defaultTable(slug)) continue
    const given = typeof dbName === 'function' ? 'a function' : `"${dbName}"`
    throw new Error(
      `ticketingPlugin: the "${slug}" collection cannot be renamed with dbName (got ${given}): the plugin's SQL uses the table "${defaultTable(slug)}". ` +
        'Remove dbName from that collection override (the slug and its table stay the plugin\'s).',
    )
  }
}
