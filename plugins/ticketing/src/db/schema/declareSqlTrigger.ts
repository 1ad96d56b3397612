import { type SqlTrigger, type SqlTriggerSnapshot, sqlTriggerSnapshot } from './sqlTrigger'
import type { SchemaHookArgs } from './types'

type Adapter = SchemaHookArgs['adapter']

const declared = new WeakMap<object, Map<string, SqlTrigger>>()

/**
 * Declares a trigger from a schema hook (`afterSchemaInit`), next to the tables it guards.
 * Drizzle has no triggers, so the plugin teaches the adapter's drizzle-kit about the ones
 * declared here (withSqlTriggers): migrations create and drop them, a dev push creates them.
 */
export const declareSqlTrigger = (adapter: Adapter, trigger: SqlTrigger): void => {
  let triggers = declared.get(adapter)
  if (!triggers) declared.set(adapter, (triggers = new Map()))
  triggers.set(trigger.name, trigger)
}

/** The adapter's declared triggers as a migration snapshot keeps them, by name. */
export const declaredSqlTriggers = (adapter: Adapter): Record<string, SqlTriggerSnapshot> => {
  const schemaName = (adapter as unknown as { schemaName?: string }).schemaName
  const triggers = [...(declared.get(adapter)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name))
  return Object.fromEntries(triggers.map((trigger) => [trigger.name, sqlTriggerSnapshot(trigger, schemaName)]))
}
