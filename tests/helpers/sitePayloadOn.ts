import config from '@payload-config'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, type Payload } from 'payload'

/**
 * The site's own config (its collections, the ticketing plugin and its schema hooks, the
 * migrations directory) connected to another database: `url` instead of the run's shared one.
 * Its start-up migration hook is off: the caller decides which migrations run.
 */
export const sitePayloadOn = async (url: string, key: string): Promise<Payload> => {
  const site = await config
  const init = site.db.init
  return getPayload({
    config: {
      ...site,
      db: {
        ...site.db,
        init: (args) => {
          const adapter = init(args) as unknown as PostgresAdapter
          adapter.poolOptions = { ...adapter.poolOptions, connectionString: url, max: 3 }
          return adapter as unknown as ReturnType<typeof init>
        },
      },
    },
    disableOnInit: true,
    key,
  })
}
