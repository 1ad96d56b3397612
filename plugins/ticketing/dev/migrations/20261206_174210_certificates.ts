import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_city_events_certificate_rule" AS ENUM('ALL_DAYS', 'ANY_DAY');
  CREATE TYPE "public"."enum_certificates_status" AS ENUM('VALID', 'REVOKED');
  ALTER TYPE "public"."enum_booking_emails_kind" ADD VALUE 'certificates';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'certificate.issue' BEFORE 'privacy.erase';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ticketingIssueCertificates';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ticketingIssueCertificates';
  CREATE TABLE "certificates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"series_key" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"sequence" numeric NOT NULL,
  	"attendee_id" integer NOT NULL,
  	"booking_id" integer NOT NULL,
  	"city_event_id" integer NOT NULL,
  	"status" "enum_certificates_status" DEFAULT 'VALID' NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"emailed_at" timestamp(3) with time zone,
  	"verification_code" varchar NOT NULL,
  	"frozen" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ticketing_certificate_counters" (
  	"series_key" varchar(64) NOT NULL,
  	"year" integer NOT NULL,
  	"last_number" integer NOT NULL
  );
  
  ALTER TABLE "city_events" ADD COLUMN "training_hours" numeric;
  ALTER TABLE "city_events" ADD COLUMN "certificate_rule" "enum_city_events_certificate_rule" DEFAULT 'ALL_DAYS' NOT NULL;
  ALTER TABLE "city_events" ADD COLUMN "certificates_issued_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "certificates_id" integer;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_attendee_id_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."attendees"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_city_event_id_city_events_id_fk" FOREIGN KEY ("city_event_id") REFERENCES "public"."city_events"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "certificates_number_idx" ON "certificates" USING btree ("number");
  CREATE UNIQUE INDEX "certificates_attendee_idx" ON "certificates" USING btree ("attendee_id");
  CREATE INDEX "certificates_booking_idx" ON "certificates" USING btree ("booking_id");
  CREATE INDEX "certificates_city_event_idx" ON "certificates" USING btree ("city_event_id");
  CREATE INDEX "certificates_updated_at_idx" ON "certificates" USING btree ("updated_at");
  CREATE INDEX "certificates_created_at_idx" ON "certificates" USING btree ("created_at");
  CREATE UNIQUE INDEX "seriesKey_year_sequence_idx" ON "certificates" USING btree ("series_key","year","sequence");
  CREATE UNIQUE INDEX "ticketing_certificate_counters_series_year" ON "ticketing_certificate_counters" USING btree ("series_key","year");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_certificates_fk" FOREIGN KEY ("certificates_id") REFERENCES "public"."certificates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("certificates_id");
  CREATE OR REPLACE FUNCTION "bookings_refunded_revoke_certificates_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  IF NEW.status = 'REFUNDED' AND OLD.status IS DISTINCT FROM 'REFUNDED' THEN
    UPDATE certificates SET status = 'REVOKED', revoked_at = now(), updated_at = now() WHERE booking_id = NEW.id AND status = 'VALID';
  END IF;
  RETURN NULL;
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "bookings_refunded_revoke_certificates" AFTER UPDATE OF status ON "bookings" FOR EACH ROW EXECUTE FUNCTION "bookings_refunded_revoke_certificates_fn"();
  COMMENT ON TRIGGER "bookings_refunded_revoke_certificates" ON "bookings" IS 'sql-trigger:2f59162e6ad17ecc';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS "bookings_refunded_revoke_certificates" ON "bookings";
  DROP FUNCTION IF EXISTS "bookings_refunded_revoke_certificates_fn"();
  ALTER TABLE "certificates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ticketing_certificate_counters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "certificates" CASCADE;
  DROP TABLE "ticketing_certificate_counters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_certificates_fk";
  
  ALTER TABLE "booking_emails" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_booking_emails_kind";
  CREATE TYPE "public"."enum_booking_emails_kind" AS ENUM('confirmation', 'paymentFailed', 'refund', 'lateRefund', 'disputeAlert', 'disputeLost', 'paymentMismatch', 'eventCancelled');
  ALTER TABLE "booking_emails" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_booking_emails_kind" USING "kind"::"public"."enum_booking_emails_kind";
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('refund', 'resend', 'event.cancel', 'booking.update', 'attendee.update', 'invoice.reissue', 'checkin.undo', 'privacy.erase', 'privacy.export', 'privacy.retention');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents', 'ticketingEraseExpiredPersonalData', 'ticketingDeleteCustomer');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents', 'ticketingEraseExpiredPersonalData', 'ticketingDeleteCustomer');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_certificates_id_idx";
  ALTER TABLE "city_events" DROP COLUMN "training_hours";
  ALTER TABLE "city_events" DROP COLUMN "certificate_rule";
  ALTER TABLE "city_events" DROP COLUMN "certificates_issued_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "certificates_id";
  DROP TYPE "public"."enum_city_events_certificate_rule";
  DROP TYPE "public"."enum_certificates_status";`)
}
