// A fresh database for one bench run: on BENCH_DATABASE_URL / TEST_DATABASE_URL's server,
// or on an embedded PostgreSQL.
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres.mjs'

export const createBenchDatabase = async () => {
  const name = `masterclass_bench_${Date.now()}`
  const server = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL
  if (!server) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `masterclass-bench-${process.pid}`), database: name, persistent: false, port: 0 })
    return { drop: embedded.stop, url: embedded.url, where: 'embedded PostgreSQL' }
  }
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    drop: async () => {
      const c = new pg.Client({ connectionString: server })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    },
    url: url.toString(),
    where: new URL(server).host,
  }
}
