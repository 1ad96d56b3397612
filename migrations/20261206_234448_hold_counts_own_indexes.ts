import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS "bookings_hold_limits" ON "bookings";
  DROP FUNCTION IF EXISTS "bookings_hold_limits_fn"();
  DROP INDEX "bookings_pending_client_idx";
  DROP INDEX "bookings_pending_email_idx";
  DROP INDEX "bookings_pending_expiry_idx";
  CREATE INDEX "bookings_hold_client_idx" ON "bookings" USING btree ("hold_client","status");
  CREATE INDEX "bookings_hold_email_idx" ON "bookings" USING btree (lower("buyer_email"),"status");
  CREATE INDEX "bookings_pending_expiry_idx" ON "bookings" USING btree ("city_event_id","expires_at") WHERE "status" = 'PENDING' AND "payment_status" NOT IN ('PROCESSING', 'PAID');
  CREATE OR REPLACE FUNCTION "bookings_hold_limits_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  IF NEW.status <> 'PENDING' OR NEW.hold_client IS NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(k) FROM (
    SELECT unnest(ARRAY[hashtextextended('hold-client:' || NEW.hold_client, 0), hashtextextended('hold-email:' || NEW.city_event_id || ':' || lower(NEW.buyer_email), 0)]) AS k ORDER BY 1
  ) AS locks;
  IF (SELECT coalesce(sum(quantity), 0) FROM bookings WHERE hold_client = NEW.hold_client AND status = 'PENDING' AND (expires_at > now()) IS TRUE) + NEW.quantity
      > coalesce(nullif(current_setting('ticketing.hold_max_seats', true), '')::int, 2147483647) THEN
    RAISE EXCEPTION 'ticketing_hold_limit_client';
  END IF;
  IF (SELECT coalesce(sum(quantity), 0) FROM bookings WHERE lower(buyer_email) = lower(NEW.buyer_email) AND status = 'PENDING' AND (city_event_id = NEW.city_event_id AND expires_at > now()) IS TRUE) + NEW.quantity
      > (SELECT max_per_booking FROM city_events WHERE id = NEW.city_event_id) THEN
    RAISE EXCEPTION 'ticketing_hold_limit_email';
  END IF;
  RETURN NEW;
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "bookings_hold_limits" BEFORE INSERT ON "bookings" FOR EACH ROW EXECUTE FUNCTION "bookings_hold_limits_fn"();
  COMMENT ON TRIGGER "bookings_hold_limits" ON "bookings" IS 'sql-trigger:b6fc03c24b4156d2';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS "bookings_hold_limits" ON "bookings";
  DROP FUNCTION IF EXISTS "bookings_hold_limits_fn"();
  DROP INDEX "bookings_hold_client_idx";
  DROP INDEX "bookings_hold_email_idx";
  DROP INDEX "bookings_pending_expiry_idx";
  CREATE INDEX "bookings_pending_client_idx" ON "bookings" USING btree ("hold_client") WHERE "status" = 'PENDING';
  CREATE INDEX "bookings_pending_email_idx" ON "bookings" USING btree ("city_event_id",lower("buyer_email")) WHERE "status" = 'PENDING';
  CREATE INDEX "bookings_pending_expiry_idx" ON "bookings" USING btree ("city_event_id","expires_at") WHERE "status" = 'PENDING';
  CREATE OR REPLACE FUNCTION "bookings_hold_limits_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  IF NEW.status <> 'PENDING' OR NEW.hold_client IS NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(k) FROM (
    SELECT unnest(ARRAY[hashtextextended('hold-client:' || NEW.hold_client, 0), hashtextextended('hold-email:' || NEW.city_event_id || ':' || lower(NEW.buyer_email), 0)]) AS k ORDER BY 1
  ) AS locks;
  IF (SELECT coalesce(sum(quantity), 0) FROM bookings WHERE status = 'PENDING' AND expires_at > now() AND hold_client = NEW.hold_client) + NEW.quantity
      > coalesce(nullif(current_setting('ticketing.hold_max_seats', true), '')::int, 2147483647) THEN
    RAISE EXCEPTION 'ticketing_hold_limit_client';
  END IF;
  IF (SELECT coalesce(sum(quantity), 0) FROM bookings WHERE status = 'PENDING' AND expires_at > now() AND city_event_id = NEW.city_event_id AND lower(buyer_email) = lower(NEW.buyer_email)) + NEW.quantity
      > (SELECT max_per_booking FROM city_events WHERE id = NEW.city_event_id) THEN
    RAISE EXCEPTION 'ticketing_hold_limit_email';
  END IF;
  RETURN NEW;
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "bookings_hold_limits" BEFORE INSERT ON "bookings" FOR EACH ROW EXECUTE FUNCTION "bookings_hold_limits_fn"();
  COMMENT ON TRIGGER "bookings_hold_limits" ON "bookings" IS 'sql-trigger:09384ae1f1d3bb42';`)
}
