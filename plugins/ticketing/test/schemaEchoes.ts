/**
 * What drizzle-kit's schema comparison (`pushSchema`) re-issues on every run although nothing
 * changed, so a drift check leaves it out:
 * - every numeric column's `SET DEFAULT <n>` (it reads the default back as text);
 * - the index on `lower(buyer_email)` (it cannot compare an index on an expression, so it drops
 *   and re-creates it; the site's schema catalog test checks that index as PostgreSQL has it).
 */
const ECHOES = [
  /^ALTER TABLE "[a-z_]+" ALTER COLUMN "[a-z_]+" SET DEFAULT \d+;$/,
  /^DROP INDEX "bookings_hold_email_idx";$/,
  /^CREATE INDEX "bookings_hold_email_idx" ON "bookings" USING btree \(lower\("buyer_email"\),"status"\);$/,
]

/** A statement of drizzle-kit's comparison that is a real difference between schema and database. */
export const isSchemaDrift = (statement: string) => !ECHOES.some((echo) => echo.test(statement))
