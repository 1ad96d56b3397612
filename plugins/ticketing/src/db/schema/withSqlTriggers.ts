import { sql } from '@payloadcms/db-postgres/drizzle'

import { declaredSqlTriggers } from './declareSqlTrigger'
import { pushSqlTriggerStatements } from './pushSqlTriggerStatements'
import type { SqlTriggerSnapshot } from './sqlTrigger'
import { sqlTriggerDiff } from './sqlTriggerDiff'
import type { SchemaHookArgs } from './types'

type Snapshot = Record<string, unknown> & { sqlTriggers?: Record<string, SqlTriggerSnapshot> }
type Db = { execute: (query: ReturnType<typeof sql.raw>) => Promise<unknown> }
type PushResult = { apply: () => Promise<void>; statementsToExecute: string[] }
type Kit = {
  generateDrizzleJson: (...args: unknown[]) => Snapshot
  generateMigration: (prev: Snapshot, cur: Snapshot) => Promise<string[]>
  pushSchema: (imports: unknown, db: Db, ...rest: unknown[]) => Promise<PushResult>
}
type Adapter = { requireDrizzleKit: () => Kit; schemaName?: string }

/** Drizzle-kit validates snapshots strictly: it gets them without the triggers. */
const withoutTriggers = ({ sqlTriggers: _triggers, ...snapshot }: Snapshot): Snapshot => snapshot

/**
 * Teaches the adapter's drizzle-kit the triggers declared by schema hooks (declareSqlTrigger):
 * a migration snapshot lists them under `sqlTriggers`, `migrate:create` writes their create
 * and drop statements around the tables' own, and a dev push (and the drift check, which
 * compares through push) creates what the database lacks.
 */
export const withSqlTriggers = (postgresAdapter: SchemaHookArgs['adapter']): void => {
  const adapter = postgresAdapter as unknown as Adapter
  const requireKit = adapter.requireDrizzleKit.bind(adapter)
  adapter.requireDrizzleKit = (): Kit => {
    const kit = requireKit()
    return {
      ...kit,
      generateDrizzleJson: (...args: unknown[]) => ({ ...kit.generateDrizzleJson(...args), sqlTriggers: declaredSqlTriggers(postgresAdapter) }),
      generateMigration: async (prev: Snapshot, cur: Snapshot) => {
        const statements = await kit.generateMigration(withoutTriggers(prev), withoutTriggers(cur))
        const { after, before } = sqlTriggerDiff(prev.sqlTriggers, cur.sqlTriggers)
        return [...before, ...statements, ...after]
      },
      pushSchema: async (imports, db, ...rest) => {
        const result = await kit.pushSchema(imports, db, ...rest)
        const extra = await pushSqlTriggerStatements(db, declaredSqlTriggers(postgresAdapter), adapter.schemaName)
        if (!extra.length) return result
        return {
          ...result,
          apply: async () => {
            await result.apply()
            for (const statement of extra) await db.execute(sql.raw(statement))
          },
          statementsToExecute: [...result.statementsToExecute, ...extra],
        }
      },
    }
  }
}
