// Runs a command with DATABASE_URL set: the given server, or the embedded PostgreSQL in
// .data/postgres/ (started here and stopped when the command ends).
//   node scripts/withDatabase.mjs <command> [args...]
import { spawn } from 'node:child_process'
import path from 'node:path'

import { startDatabaseProcess } from './lib/databaseProcess.mjs'

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329)

/** Makes sure process.env.DATABASE_URL is set, starting the embedded server if needed. */
export const ensureDatabase = async () => {
  if (process.env.DATABASE_URL) return async () => {}
  const { stop, url } = await startDatabaseProcess({
    database: 'masterclass',
    dataDir: path.resolve('.data/postgres'),
    port: EMBEDDED_PORT,
  })
  process.env.DATABASE_URL = url
  console.log(`[db] embedded PostgreSQL ready at 127.0.0.1:${EMBEDDED_PORT} (data in .data/postgres)`)
  return stop
}

/** Runs `command args` inheriting stdio; resolves with its exit code. */
export const run = (command, args, env = process.env) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { env, shell: false, stdio: 'inherit' })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const [command, ...args] = process.argv.slice(2)
  if (!command) {
    console.error('usage: node scripts/withDatabase.mjs <command> [args...]')
    process.exit(2)
  }
  const stop = await ensureDatabase()
  const bin = path.resolve('node_modules/.bin', command)
  const code = await run(bin, args)
  await stop()
  process.exit(code)
}
