import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres.mjs'
import { startSmtpCapture } from './smtpCapture'

/**
 * One fresh database per test run: on TEST_DATABASE_URL's server when set (CI: the machine's
 * PostgreSQL 15), otherwise on an embedded PostgreSQL started for the run. Migrations are
 * applied by the first Payload instance that starts (under an advisory lock).
 */
export default async function globalSetup(project: TestProject) {
  const name = `masterclass_test_${Date.now()}_${process.pid}`
  let url: string
  let teardown: () => Promise<void>

  if (process.env.TEST_DATABASE_URL) {
    const admin = new URL(process.env.TEST_DATABASE_URL)
    const client = new pg.Client({ connectionString: admin.toString() })
    await client.connect()
    await client.query(`CREATE DATABASE "${name}"`)
    await client.end()
    admin.pathname = `/${name}`
    url = admin.toString()
    teardown = async () => {
      const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    }
  } else {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `masterclass-test-pg-${process.pid}`),
      database: name,
      persistent: false,
      port: 0,
    })
    url = embedded.url
    teardown = embedded.stop
  }

  const smtp = await startSmtpCapture()
  process.env.DATABASE_URL = url
  project.provide('databaseUrl', url)
  project.provide('smtpUrl', smtp.url)
  project.provide('mailDir', smtp.dir)
  return async () => {
    await smtp.close()
    await teardown()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    mailDir: string
    smtpUrl: string
  }
}
