// A fresh, empty database for one run (tests, bench): on `server`'s PostgreSQL when given,
// otherwise on an embedded PostgreSQL started for the run. `drop()` removes it.
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startDatabaseProcess } from './databaseProcess.mjs'

export const freshDatabase = async ({ prefix, server }) => {
  const name = `${prefix}_${Date.now()}_${process.pid}`
  if (!server) {
    const embedded = await startDatabaseProcess({ dataDir: path.join(os.tmpdir(), `${prefix}-pg-${process.pid}`), database: name, persistent: false, port: 0 })
    return { drop: embedded.stop, url: embedded.url, where: 'embedded PostgreSQL' }
  }
  const run = async (statement) => {
    const client = new pg.Client({ connectionString: server })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await run(`CREATE DATABASE "${name}"`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return { drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), url: url.toString(), where: new URL(server).host }
}
