import { type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The site's migrations before the ticketing plugin declared its own schema: four of them
 * were hand-written (seat counters, request guards, refund requests, event cancellations).
 * Kept as a test fixture in tests/fixtures/legacyMigrations/.
 */
export const LEGACY_MIGRATIONS = [
  '20261125_234630_initial',
  '20261125_235000_seat_counters',
  '20261125_235809_jobs',
  '20261125_235900_ticketing_guards',
  '20261126_001516_payment_jobs',
  '20261201_060953_site_page_sections',
  '20261201_065503_booking_emails',
  '20261201_120000_refund_requests',
  '20261201_130000_email_kinds_dispute_lost_mismatch_cancelled',
  '20261201_140000_event_cancellations',
  '20261201_150000_cancel_event_booking_task',
] as const

type Db = MigrateUpArgs['db']

/**
 * Upgrades a database that ran the legacy migrations to the generated baseline. Their schema
 * is already the baseline's, object for object and name for name (the plugin declares its
 * tables, CHECKs and indexes under the names the hand-written SQL gave them; the test
 * tests/int/schemaUpgrade.int.spec.ts compares both catalogs), so no table is touched and no
 * row moves: only the legacy records leave `payload_migrations`, which then lists the
 * baseline alone, as on a fresh database.
 *
 * Returns false for a database that never ran them (the baseline then creates everything).
 * A database left part-way through the legacy set is refused with a clear message.
 */
export const upgradeLegacyDatabase = async (db: Db): Promise<boolean> => {
  const { rows: tables } = await db.execute(sql`SELECT to_regclass('payload_migrations') IS NOT NULL AS present`)
  if (!(tables[0] as { present: boolean }).present) return false
  const names = sql.join(LEGACY_MIGRATIONS.map((name) => sql`${name}`), sql`, `)
  const { rows } = await db.execute(sql`SELECT DISTINCT name FROM payload_migrations WHERE name IN (${names})`)
  const ran = new Set(rows.map((row) => (row as { name: string }).name))
  if (ran.size === 0) return false
  const missing = LEGACY_MIGRATIONS.filter((name) => !ran.has(name))
  if (missing.length) {
    throw new Error(
      `This database ran only part of the previous migrations (missing: ${missing.join(', ')}). ` +
        'Start the previous release once so that it finishes them, then upgrade.',
    )
  }
  await db.execute(sql`DELETE FROM payload_migrations WHERE name IN (${names})`)
  return true
}
