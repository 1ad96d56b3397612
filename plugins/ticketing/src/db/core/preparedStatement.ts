import { fillPlaceholders, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { getDrizzle } from './getDrizzle'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>
/** What a Drizzle handle (the pool's or a transaction's) keeps underneath: the `pg` pool or client. */
type Handle = { dialect: { sqlToQuery: (statement: SQL) => { params: unknown[]; sql: string } }; session: { client: PgClient } }
type PgClient = { query: (config: { name: string; text: string; values: unknown[] }) => Promise<{ rows: unknown[] }> }

export type PreparedStatement<Values extends Record<string, unknown>> = {
  run: <Row extends Record<string, unknown>>(req: Req, values: Values) => Promise<Row[]>
}

/**
 * A statement of the booking hot path, written once with Drizzle (its values as
 * `sql.placeholder('name')`) and sent as a named prepared statement: the SQL text is built
 * once per process, and each PostgreSQL connection parses and plans it once instead of on
 * every request. Runs in the request's transaction when there is one, like `query`.
 */
export const preparedStatement = <Values extends Record<string, unknown>>(name: string, build: () => SQL): PreparedStatement<Values> => {
  let compiled: null | { params: unknown[]; text: string } = null
  return {
    run: async <Row extends Record<string, unknown>>(req: Req, values: Values) => {
      const db = (await getDrizzle(req)) as unknown as Handle
      if (!compiled) {
        const { params, sql: text } = db.dialect.sqlToQuery(build())
        compiled = { params, text }
      }
      try {
        const result = await db.session.client.query({ name, text: compiled.text, values: fillPlaceholders(compiled.params, values) })
        return result.rows as Row[]
      } catch (error) {
        // Shaped like Drizzle's own query errors: PostgreSQL's error (code, constraint) is the cause.
        throw new Error(`Failed query: ${name}`, { cause: error })
      }
    },
  }
}
