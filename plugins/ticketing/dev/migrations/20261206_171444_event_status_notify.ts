import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE OR REPLACE FUNCTION "city_events_status_notify_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('ticketing_event_status', json_build_object('id', OLD.id, 'slug', OLD.slug, 'status', NULL, 'previous', OLD.status)::text);
  ELSIF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
    PERFORM pg_notify('ticketing_event_status', json_build_object('id', NEW.id, 'slug', NEW.slug, 'status', NEW.status, 'previous', CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.status END)::text);
  END IF;
  RETURN NULL;
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "city_events_status_notify" AFTER INSERT OR UPDATE OF status OR DELETE ON "city_events" FOR EACH ROW EXECUTE FUNCTION "city_events_status_notify_fn"();
  COMMENT ON TRIGGER "city_events_status_notify" ON "city_events" IS 'sql-trigger:a619ac0e120017d0';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS "city_events_status_notify" ON "city_events";
  DROP FUNCTION IF EXISTS "city_events_status_notify_fn"();`)
}
