import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

const execute = (payload: Payload, statement: ReturnType<typeof sql>) =>
  (payload.db as unknown as PostgresAdapter).drizzle.execute(statement) as unknown as Promise<{ rows: Record<string, unknown>[] }>

/** The audit entries of a booking, oldest first, as stored. */
export const auditEntriesOf = async (payload: Payload, bookingId: number) =>
  (await execute(payload, sql`SELECT * FROM audit_log WHERE booking_id = ${bookingId} ORDER BY id`)).rows

/** The audit entries whose target is `target`, oldest first. */
export const auditEntriesFor = async (payload: Payload, target: string) =>
  (await execute(payload, sql`SELECT * FROM audit_log WHERE target = ${target} ORDER BY id`)).rows

/**
 * Makes PostgreSQL refuse every row inserted into `table` that matches `condition` (a trigger),
 * so a test sees what a failed statement in the middle of an action leaves behind. Call the
 * returned function to remove it.
 */
export const refuseWritesTo = async (payload: Payload, table: string, condition: string): Promise<() => Promise<void>> => {
  const name = `test_refuse_${table}`
  await execute(payload, sql.raw(`CREATE OR REPLACE FUNCTION ${name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`))
  await execute(payload, sql.raw(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW WHEN (${condition}) EXECUTE FUNCTION ${name}_fn()`))
  return async () => {
    await execute(payload, sql.raw(`DROP TRIGGER IF EXISTS ${name} ON ${table}`))
    await execute(payload, sql.raw(`DROP FUNCTION IF EXISTS ${name}_fn()`))
  }
}
