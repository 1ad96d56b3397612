import type { SqlTriggerSnapshot } from './sqlTrigger'

type Triggers = Record<string, SqlTriggerSnapshot>

/**
 * The statements that take a database from the triggers of `prev` to those of `cur`: drops
 * (removed or changed triggers) go before the tables' own statements, so a trigger is gone
 * before its table is; creates (new or changed) go after, once their table exists.
 */
export const sqlTriggerDiff = (prev: Triggers = {}, cur: Triggers = {}): { after: string[]; before: string[] } => {
  const before: string[] = []
  const after: string[] = []
  for (const [name, old] of Object.entries(prev)) {
    if (cur[name]?.signature !== old.signature) before.push(...old.drop)
  }
  for (const [name, next] of Object.entries(cur)) {
    if (prev[name]?.signature !== next.signature) after.push(...next.create)
  }
  return { after, before }
}
