// A fresh database for one bench run: on BENCH_DATABASE_URL / TEST_DATABASE_URL's server,
// or on an embedded PostgreSQL.
import { freshDatabase } from '../../scripts/lib/freshDatabase.mjs'

export const createBenchDatabase = () =>
  freshDatabase({ prefix: 'masterclass_bench', server: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL })
