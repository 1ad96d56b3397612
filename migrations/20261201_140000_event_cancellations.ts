import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the bookings an event cancellation has to settle, one row per booking
 * (refund, end the hold, email the buyer), done by one job each. `state` says what is left
 * to do; the admin's progress is read from here. A booking is in at most one cancellation.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "ticketing_event_cancellations" (
    "booking_id" integer PRIMARY KEY REFERENCES "bookings" ("id") ON DELETE CASCADE,
    "city_event_id" integer NOT NULL REFERENCES "city_events" ("id") ON DELETE CASCADE,
    "state" varchar(16) NOT NULL DEFAULT 'queued' CHECK ("state" IN ('queued', 'done')),
    "outcome" varchar(32),
    "refunded" integer NOT NULL DEFAULT 0 CHECK ("refunded" >= 0),
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX "ticketing_event_cancellations_event_idx" ON "ticketing_event_cancellations" ("city_event_id", "state");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "ticketing_event_cancellations";`)
}
