import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Config } from 'payload'

import { ticketingSchemaHooks } from './ticketingSchemaHooks'
import { withSqlTriggers } from './withSqlTriggers'

/**
 * Installs the plugin's schema hooks on the Postgres adapter the host configured. A plugin
 * cannot pass adapter arguments, so it wraps `db.init`: the adapter that `init` creates holds
 * the `afterSchemaInit` list Payload runs while it builds the Drizzle schema. The plugin's
 * hooks run first, then the host's own. Its drizzle-kit also learns the triggers those hooks
 * declare (withSqlTriggers).
 */
export const addTicketingSchema = <T extends Config['db'] | undefined>(db: T): T => {
  if (!db) return db
  if (db.name !== 'postgres') {
    throw new Error(`@masterclass/plugin-ticketing needs PostgreSQL (@payloadcms/db-postgres); this config uses "${db.name}".`)
  }
  const init = (db as Config['db']).init
  return {
    ...db,
    init: (args) => {
      const adapter = init(args) as unknown as PostgresAdapter
      adapter.afterSchemaInit = [...ticketingSchemaHooks, ...(adapter.afterSchemaInit ?? [])]
      withSqlTriggers(adapter)
      return adapter as unknown as ReturnType<typeof init>
    },
  } as T
}
