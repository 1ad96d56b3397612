import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: staff refund requests. A request is recorded (and its amount reserved) under
 * the booking's row lock before Stripe is called, and settled with the refund id after, so
 * concurrent refunds of one booking never exceed what was paid and no database connection
 * is held while Stripe answers. `key_hash` is the request's Idempotency-Key (24 h).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "ticketing_refund_requests" (
    "id" uuid PRIMARY KEY,
    "booking_id" integer NOT NULL REFERENCES "bookings" ("id") ON DELETE CASCADE,
    "amount" integer NOT NULL CHECK ("amount" > 0),
    "reason" varchar(32),
    "state" varchar(16) NOT NULL DEFAULT 'requested' CHECK ("state" IN ('requested', 'settled', 'failed')),
    "refund_id" varchar(255),
    "refund_status" varchar(32),
    "key_hash" char(64) UNIQUE,
    "request_hash" char(64),
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "updated_at" timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX "ticketing_refund_requests_open_idx" ON "ticketing_refund_requests" ("booking_id") WHERE "state" = 'requested';
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "ticketing_refund_requests";`)
}
