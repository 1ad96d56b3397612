import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the plugin's own tables for request guards, all shared by every app process.
 * - rate limits (rate-limiter-flexible's PostgreSQL layout, keys are hashes)
 * - idempotency keys of booking creation (responses stored encrypted, 24 h)
 * - spent captcha challenges (a solution is accepted once)
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "ticketing_rate_limits" (
    "key" varchar(255) PRIMARY KEY,
    "points" integer NOT NULL DEFAULT 0,
    "expire" bigint
  );
  CREATE TABLE "ticketing_idempotency_keys" (
    "key_hash" char(64) PRIMARY KEY,
    "request_hash" char(64) NOT NULL,
    "response" text,
    "created_at" timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX "ticketing_idempotency_keys_created_idx" ON "ticketing_idempotency_keys" ("created_at");
  CREATE TABLE "ticketing_captcha_uses" (
    "signature" varchar(256) PRIMARY KEY,
    "expires_at" timestamptz NOT NULL
  );
  CREATE INDEX "ticketing_captcha_uses_expires_idx" ON "ticketing_captcha_uses" ("expires_at");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "ticketing_captcha_uses";
  DROP TABLE IF EXISTS "ticketing_idempotency_keys";
  DROP TABLE IF EXISTS "ticketing_rate_limits";
  `)
}
