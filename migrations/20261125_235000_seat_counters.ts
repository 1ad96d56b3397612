import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: what Payload fields cannot express. The live seat counters are plain integer
 * columns changed only by single SQL statements (never by a Payload update, which rewrites
 * whole rows), and PostgreSQL itself refuses any state that would oversell an event.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "city_events"
    ADD COLUMN "seats_confirmed" integer DEFAULT 0 NOT NULL,
    ADD COLUMN "seats_held" integer DEFAULT 0 NOT NULL,
    ADD CONSTRAINT "city_events_seats_valid"
      CHECK ("seats_confirmed" >= 0 AND "seats_held" >= 0 AND "seats_confirmed" + "seats_held" <= "capacity"),
    ADD CONSTRAINT "city_events_capacity_positive" CHECK ("capacity" > 0);
  ALTER TABLE "bookings"
    ADD CONSTRAINT "bookings_amounts_valid"
      CHECK ("quantity" > 0 AND "total" >= 0 AND "discount" >= 0 AND "total" = "subtotal" - "discount"
             AND "amount_refunded" >= 0 AND "amount_refunded" <= "total");
  CREATE INDEX "bookings_pending_expiry_idx" ON "bookings" ("city_event_id", "expires_at") WHERE "status" = 'PENDING';
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "bookings_pending_expiry_idx";
  ALTER TABLE "bookings" DROP CONSTRAINT IF EXISTS "bookings_amounts_valid";
  ALTER TABLE "city_events"
    DROP CONSTRAINT IF EXISTS "city_events_capacity_positive",
    DROP CONSTRAINT IF EXISTS "city_events_seats_valid",
    DROP COLUMN IF EXISTS "seats_held",
    DROP COLUMN IF EXISTS "seats_confirmed";
  `)
}
