import { freshDatabase } from '../../scripts/lib/freshDatabase.mjs'

/**
 * A fresh, empty database for one test run: on TEST_DATABASE_URL's server when set (CI: the
 * machine's PostgreSQL 15), otherwise on an embedded PostgreSQL started for the run.
 */
export const createTestDatabase = (prefix: string): Promise<{ drop: () => Promise<void>; url: string }> =>
  freshDatabase({ prefix, server: process.env.TEST_DATABASE_URL })
