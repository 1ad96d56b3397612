import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * The database's schema as PostgreSQL itself describes it, one sorted line per object:
 * columns (type, length, precision, nullability, default), constraints (pg_get_constraintdef),
 * indexes (pg_get_indexdef), enum labels in their order, sequences and triggers (pg_get_triggerdef). Column order inside a
 * table is left out (ALTER TABLE … ADD COLUMN can only append).
 */
export const schemaCatalog = async (payload: Payload): Promise<string[]> => {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`
    SELECT concat_ws(' | ', 'column', c.table_name, c.column_name, c.data_type, c.udt_name, coalesce(c.character_maximum_length::text, '-'),
                     coalesce(c.numeric_precision::text, '-'), coalesce(c.datetime_precision::text, '-'), c.is_nullable,
                     coalesce(c.column_default, '-')) AS line
      FROM information_schema.columns c WHERE c.table_schema = 'public'
    UNION ALL
    SELECT concat_ws(' | ', 'constraint', rel.relname, con.conname, con.contype, pg_get_constraintdef(con.oid))
      FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
     WHERE n.nspname = 'public'
    UNION ALL
    SELECT concat_ws(' | ', 'index', tablename, indexname, indexdef) FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT concat_ws(' | ', 'enum', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder))
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname
    UNION ALL
    SELECT concat_ws(' | ', 'sequence', sequence_name, data_type) FROM information_schema.sequences WHERE sequence_schema = 'public'
    UNION ALL
    SELECT concat_ws(' | ', 'trigger', rel.relname, t.tgname, pg_get_triggerdef(t.oid))
      FROM pg_trigger t JOIN pg_class rel ON rel.oid = t.tgrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
     WHERE n.nspname = 'public' AND NOT t.tgisinternal
  `)
  return rows.map((row) => String((row as { line: string }).line)).sort()
}
