import { sql } from '@payloadcms/db-postgres/drizzle'

import { type SqlTriggerSnapshot, TRIGGER_COMMENT_PREFIX } from './sqlTrigger'

type Db = { execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }

/**
 * What a dev push must run for the declared triggers, read from the database itself: a
 * trigger that is missing or carries another signature is (re)created; one the plugin created
 * earlier (its comment says so) but no longer declares is dropped.
 */
export const pushSqlTriggerStatements = async (db: Db, declared: Record<string, SqlTriggerSnapshot>, schemaName = 'public'): Promise<string[]> => {
  const result = (await db.execute(
    sql.raw(`SELECT t.tgname AS name, c.relname AS "table", obj_description(t.oid, 'pg_trigger') AS comment
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE NOT t.tgisinternal AND n.nspname = '${schemaName.replaceAll("'", "''")}'`),
  )) as { rows: Array<{ comment: null | string; name: string; table: string }> }
  const present = new Map(result.rows.map((row) => [row.name, row]))
  const statements: string[] = []
  for (const row of result.rows) {
    if (row.comment?.startsWith(TRIGGER_COMMENT_PREFIX) && !declared[row.name]) {
      const prefix = schemaName === 'public' ? '' : `"${schemaName}".`
      statements.push(`DROP TRIGGER IF EXISTS "${row.name}" ON ${prefix}"${row.table}";`, `DROP FUNCTION IF EXISTS ${prefix}"${row.name}_fn"();`)
    }
  }
  for (const [name, trigger] of Object.entries(declared)) {
    if (present.get(name)?.comment !== `${TRIGGER_COMMENT_PREFIX}${trigger.signature}`) statements.push(...trigger.create)
  }
  return statements
}
