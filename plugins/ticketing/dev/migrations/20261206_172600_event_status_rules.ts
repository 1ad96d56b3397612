import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE OR REPLACE FUNCTION "city_events_status_rules_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  IF OLD.status = 'CANCELLED' AND NEW.status <> 'CANCELLED' THEN
    RAISE EXCEPTION 'city_events %: a cancelled event stays cancelled', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'DRAFT' AND OLD.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM bookings WHERE city_event_id = NEW.id) THEN
    RAISE EXCEPTION 'city_events %: an event with bookings cannot go back to draft', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "city_events_status_rules" BEFORE UPDATE OF status ON "city_events" FOR EACH ROW EXECUTE FUNCTION "city_events_status_rules_fn"();
  COMMENT ON TRIGGER "city_events_status_rules" ON "city_events" IS 'sql-trigger:463642bf5904c548';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS "city_events_status_rules" ON "city_events";
  DROP FUNCTION IF EXISTS "city_events_status_rules_fn"();`)
}
