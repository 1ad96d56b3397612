import { randomUUID } from 'node:crypto'

import pg from 'pg'

/** Runs one statement on the server (outside any database the tests use). */
const onServer = async (serverUrl: string, statement: string) => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** A fresh, empty database named after `prefix` on the tests' server; `drop()` removes it. */
export const createDatabase = async (serverUrl: string, prefix: string): Promise<{ drop: () => Promise<void>; url: string }> => {
  const name = `${prefix}_${randomUUID().slice(0, 8)}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase()
  await onServer(serverUrl, `CREATE DATABASE "${name}"`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return { drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`), url: url.toString() }
}
