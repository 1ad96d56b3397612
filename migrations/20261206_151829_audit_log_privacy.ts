import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_log_action" AS ENUM('refund', 'resend', 'event.cancel', 'booking.update', 'attendee.update', 'invoice.reissue', 'checkin.undo', 'privacy.erase', 'privacy.export', 'privacy.retention');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ticketingEraseExpiredPersonalData';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ticketingDeleteCustomer';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ticketingEraseExpiredPersonalData';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ticketingDeleteCustomer';
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"user_id" integer,
  	"ip" varchar,
  	"booking_id" integer,
  	"target" varchar,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ticketing_audit_keys" (
  	"subject" varchar(64) PRIMARY KEY NOT NULL,
  	"salt" char(43) NOT NULL,
  	"created_at" timestamp with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "bookings" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_booking_idx" ON "audit_log" USING btree ("booking_id");
  CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "audit_log_booking_ids_idx" ON "audit_log" USING gin (("details" -> 'bookingIds'));
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE OR REPLACE FUNCTION "audit_log_append_only_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only_fn"();
  COMMENT ON TRIGGER "audit_log_append_only" ON "audit_log" IS 'sql-trigger:e2993bd68aeccf84';
  CREATE OR REPLACE FUNCTION "audit_log_no_truncate_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_no_truncate_fn"();
  COMMENT ON TRIGGER "audit_log_no_truncate" ON "audit_log" IS 'sql-trigger:880e44f4daaf2eae';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS "audit_log_append_only" ON "audit_log";
  DROP FUNCTION IF EXISTS "audit_log_append_only_fn"();
  DROP TRIGGER IF EXISTS "audit_log_no_truncate" ON "audit_log";
  DROP FUNCTION IF EXISTS "audit_log_no_truncate_fn"();
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ticketing_audit_keys" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "ticketing_audit_keys" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "bookings" DROP COLUMN "erased_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_audit_log_action";`)
}
