import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'

// Run only by .ci/run (CI_FAILING_FIXTURE=1 selects it, in the integration project so that its
// global set-up — database, SMTP capture — runs exactly as for the real suite). One test passes
// against the database the set-up made; the other fails on purpose: the run must exit non-zero.
describe('the test run reports failures', () => {
  it('reaches the database made by the set-up', async () => {
    const client = new pg.Client({ connectionString: inject('databaseUrl') })
    await client.connect()
    const { rows } = await client.query<{ answer: number }>('SELECT 1 AS answer')
    await client.end()
    expect(rows[0]?.answer).toBe(1)
  })

  it('fails on purpose', () => {
    expect(1).toBe(2)
  })
})
