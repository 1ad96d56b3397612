import { createHash } from 'node:crypto'

/**
 * A trigger the plugin's SQL relies on, declared with the schema (see declareSqlTrigger) so
 * that `payload migrate:create` writes it into migrations and a dev push creates it, like the
 * CHECKs and side tables. Its function is `<name>_fn`, in the table's schema.
 */
export type SqlTrigger = {
  /** Trigger name (unique in the database); its function is named `<name>_fn`. */
  name: string
  /** The table's SQL name. */
  table: string
  /** When it fires, e.g. `BEFORE UPDATE OR DELETE`. */
  when: string
  forEach: 'ROW' | 'STATEMENT'
  /** The PL/pgSQL statements of its function, between BEGIN and END (no backticks, no `${`). */
  body: string
}

/** What a migration snapshot keeps of a trigger: how to create it, how to drop it, and a signature that changes with it. */
export type SqlTriggerSnapshot = { create: string[]; drop: string[]; signature: string }

/** Marks the plugin's triggers in the database (`COMMENT ON TRIGGER`), so a push can tell what it declared and which version. */
export const TRIGGER_COMMENT_PREFIX = 'sql-trigger:'

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/** The trigger's create and drop statements, in the adapter's schema (`schemaName`) when it has one. */
export const sqlTriggerSnapshot = (trigger: SqlTrigger, schemaName?: string): SqlTriggerSnapshot => {
  if (/`|\$\{|\$fn\$/.test(trigger.body)) throw new Error(`sql trigger ${trigger.name}: its body cannot hold a backtick, "\${" or "$fn$"`)
  const prefix = schemaName ? `${quote(schemaName)}.` : ''
  const table = `${prefix}${quote(trigger.table)}`
  const fn = `${prefix}${quote(`${trigger.name}_fn`)}`
  const definition = [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n${trigger.body.trim()}\nEND\n$fn$;`,
    `CREATE OR REPLACE TRIGGER ${quote(trigger.name)} ${trigger.when} ON ${table} FOR EACH ${trigger.forEach} EXECUTE FUNCTION ${fn}();`,
  ]
  const signature = createHash('sha256').update(definition.join('\n')).digest('hex').slice(0, 16)
  return {
    create: [...definition, `COMMENT ON TRIGGER ${quote(trigger.name)} ON ${table} IS '${TRIGGER_COMMENT_PREFIX}${signature}';`],
    drop: [`DROP TRIGGER IF EXISTS ${quote(trigger.name)} ON ${table};`, `DROP FUNCTION IF EXISTS ${fn}();`],
    signature,
  }
}
