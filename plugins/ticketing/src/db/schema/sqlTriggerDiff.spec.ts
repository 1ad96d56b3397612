import { describe, expect, it } from 'vitest'

import { sqlTriggerSnapshot } from './sqlTrigger'
import { sqlTriggerDiff } from './sqlTriggerDiff'

const guard = sqlTriggerSnapshot({ name: 'log_guard', table: 'log', when: 'BEFORE UPDATE OR DELETE', forEach: 'ROW', body: "RAISE EXCEPTION 'no';" })
const changed = sqlTriggerSnapshot({ name: 'log_guard', table: 'log', when: 'BEFORE DELETE', forEach: 'ROW', body: "RAISE EXCEPTION 'no';" })

describe('sqlTriggerDiff', () => {
  it('creates a new trigger after the tables, drops a removed one before them', () => {
    expect(sqlTriggerDiff({}, { log_guard: guard })).toEqual({ after: guard.create, before: [] })
    expect(sqlTriggerDiff({ log_guard: guard }, {})).toEqual({ after: [], before: guard.drop })
  })

  it('says nothing when the trigger is unchanged, and replaces a changed one', () => {
    expect(sqlTriggerDiff({ log_guard: guard }, { log_guard: guard })).toEqual({ after: [], before: [] })
    expect(changed.signature).not.toBe(guard.signature)
    expect(sqlTriggerDiff({ log_guard: guard }, { log_guard: changed })).toEqual({ after: changed.create, before: guard.drop })
  })

  it('writes the function, the trigger and its signature comment, in the adapter schema when there is one', () => {
    const inSchema = sqlTriggerSnapshot({ name: 't', table: 'log', when: 'BEFORE TRUNCATE', forEach: 'STATEMENT', body: 'RETURN NULL;' }, 'shop')
    expect(inSchema.create[0]).toMatch(/^CREATE OR REPLACE FUNCTION "shop"."t_fn"\(\) RETURNS trigger LANGUAGE plpgsql AS \$fn\$/)
    expect(inSchema.create[1]).toBe('CREATE OR REPLACE TRIGGER "t" BEFORE TRUNCATE ON "shop"."log" FOR EACH STATEMENT EXECUTE FUNCTION "shop"."t_fn"();')
    expect(inSchema.create[2]).toBe(`COMMENT ON TRIGGER "t" ON "shop"."log" IS 'sql-trigger:${inSchema.signature}';`)
    expect(inSchema.drop).toEqual(['DROP TRIGGER IF EXISTS "t" ON "shop"."log";', 'DROP FUNCTION IF EXISTS "shop"."t_fn"();'])
  })

  it('refuses a body that would break the migration file it is written into', () => {
    expect(() => sqlTriggerSnapshot({ name: 't', table: 'log', when: 'BEFORE DELETE', forEach: 'ROW', body: 'RAISE `x`;' })).toThrow(/backtick/)
  })
})
