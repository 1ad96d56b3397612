import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres.mjs'

/**
 * A fresh, empty database for one test run: on TEST_DATABASE_URL's server when set (CI: the
 * machine's PostgreSQL 15), otherwise on an embedded PostgreSQL started for the run.
 */
export const createTestDatabase = async (prefix: string): Promise<{ drop: () => Promise<void>; url: string }> => {
  const name = `${prefix}_${Date.now()}_${process.pid}`
  if (!process.env.TEST_DATABASE_URL) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `${prefix}-pg-${process.pid}`), database: name, persistent: false, port: 0 })
    return { drop: embedded.stop, url: embedded.url }
  }
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(process.env.TEST_DATABASE_URL)
  url.pathname = `/${name}`
  return {
    drop: async () => {
      const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    },
    url: url.toString(),
  }
}
