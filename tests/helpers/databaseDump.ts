import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { sqlRows } from './payments'

const run = promisify(execFile)

/** The `pg_dump` whose major version is the server's (an older one refuses a newer server), or null. */
const pgDumpFor = async (major: number): Promise<null | string> => {
  for (const candidate of [`/usr/lib/postgresql/${major}/bin/pg_dump`, 'pg_dump']) {
    if (candidate.startsWith('/') && !existsSync(candidate)) continue
    const version = await run(candidate, ['--version']).then(({ stdout }) => stdout, () => '')
    if (new RegExp(`\\) ${major}\\.`).test(version)) return candidate
  }
  return null
}

/**
 * The whole test database as text: `pg_dump` (plain format: schema, then every row of every
 * table) with the binary that matches the server. Where none matches (an embedded server newer
 * than the machine's client), every row of every table is read with SQL instead, which holds
 * the same data; `tool` says which.
 */
export const dumpDatabase = async (payload: Payload, url = process.env.DATABASE_URL as string): Promise<{ text: string; tool: string }> => {
  const [{ server_version_num: version }] = (await sqlRows(payload, sql`SHOW server_version_num`)) as [{ server_version_num: string }]
  const pgDump = await pgDumpFor(Math.floor(Number(version) / 10_000))
  if (pgDump) {
    const { stdout } = await run(pgDump, ['--no-owner', '--no-privileges', `--dbname=${url}`], { maxBuffer: 1024 * 1024 * 1024 })
    return { text: stdout, tool: pgDump }
  }
  const tables = await sqlRows(payload, sql`SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`)
  const parts: string[] = []
  for (const { schemaname, tablename } of tables as Array<{ schemaname: string; tablename: string }>) {
    const rows = await sqlRows(payload, sql.raw(`SELECT t::text AS line FROM "${schemaname}"."${tablename}" t`))
    parts.push(`COPY ${schemaname}.${tablename} FROM stdin;`, ...rows.map((row) => String(row.line)), '\\.')
  }
  return { text: parts.join('\n'), tool: 'SQL (no pg_dump matches the server)' }
}

/** The lines of a dump that contain `needle` (case ignored), each with the table whose rows it is in (null: the schema part). */
export const dumpLinesWith = (dump: string, needle: string): Array<{ line: string; table: null | string }> => {
  const wanted = needle.toLowerCase()
  const found: Array<{ line: string; table: null | string }> = []
  let table: null | string = null
  for (const line of dump.split('\n')) {
    const copy = /^COPY ([^ ]+)/.exec(line)
    if (copy) table = copy[1]!
    else if (line === '\\.') table = null
    if (line.toLowerCase().includes(wanted)) found.push({ line, table })
  }
  return found
}
