import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import readline from 'node:readline'

const serverScript = fileURLToPath(new URL('./embeddedServer.mjs', import.meta.url))

export type DatabaseServer = { stop: () => Promise<void>; url: string; where: string }

/**
 * The PostgreSQL server the plugin's integration tests make their databases on: the one at
 * TEST_DATABASE_URL when set (CI: the machine's PostgreSQL), otherwise an embedded PostgreSQL
 * started for the run in a child process (see embeddedServer.mjs) and stopped by `stop()`.
 */
export const startDatabaseServer = async (serverUrl = process.env.TEST_DATABASE_URL): Promise<DatabaseServer> => {
  if (serverUrl) return { stop: async () => {}, url: serverUrl, where: new URL(serverUrl).host }
  const child = spawn(process.execPath, [serverScript], { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const lines = readline.createInterface({ input: child.stdout })
  const first = await Promise.race([
    new Promise<string>((resolve) => lines.once('line', resolve)),
    exited.then((code) => JSON.stringify({ error: `the database process exited with ${code} before it was ready` })),
  ])
  lines.close()
  child.stdout.resume()
  const answer = JSON.parse(first) as { error?: string; url?: string }
  if (answer.error || !answer.url) throw new Error(`embedded PostgreSQL did not start: ${answer.error}`)
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      await exited
    }
    child.stdin?.destroy()
  }
  return { stop, url: answer.url, where: 'embedded PostgreSQL' }
}
