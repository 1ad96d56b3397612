import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_waitlist_entries_status" AS ENUM('WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'LEFT');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ticketingWaitlistOffers';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ticketingSendWaitlistOffer';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ticketingWaitlistOffers';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ticketingSendWaitlistOffer';
  CREATE TABLE "waitlist_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"city_event_id" integer NOT NULL,
  	"status" "enum_waitlist_entries_status" DEFAULT 'WAITING' NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"quantity" numeric NOT NULL,
  	"accept_partial" boolean DEFAULT false,
  	"locale" varchar,
  	"offered_quantity" numeric,
  	"offered_at" timestamp(3) with time zone,
  	"offer_expires_at" timestamp(3) with time zone,
  	"booking_reference" varchar,
  	"token_nonce" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	CONSTRAINT "waitlist_entries_quantities_valid" CHECK ("quantity" > 0 AND ("offered_quantity" IS NULL OR ("offered_quantity" > 0 AND "offered_quantity" <= "quantity")))
  );
  
  ALTER TABLE "city_events" DROP CONSTRAINT "city_events_seats_valid";
  ALTER TABLE "city_events" ADD COLUMN "seats_offered" integer DEFAULT 0 NOT NULL;
  ALTER TABLE "city_events" ADD COLUMN "seats_waiting" integer DEFAULT 0 NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "waitlist_entries_id" integer;
  ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_city_event_id_city_events_id_fk" FOREIGN KEY ("city_event_id") REFERENCES "public"."city_events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "waitlist_entries_city_event_idx" ON "waitlist_entries" USING btree ("city_event_id");
  CREATE INDEX "waitlist_entries_status_idx" ON "waitlist_entries" USING btree ("status");
  CREATE INDEX "waitlist_entries_email_idx" ON "waitlist_entries" USING btree ("email");
  CREATE INDEX "waitlist_entries_updated_at_idx" ON "waitlist_entries" USING btree ("updated_at");
  CREATE INDEX "waitlist_entries_created_at_idx" ON "waitlist_entries" USING btree ("created_at");
  CREATE UNIQUE INDEX "waitlist_entries_live_email_idx" ON "waitlist_entries" USING btree ("city_event_id","email") WHERE "status" IN ('WAITING', 'OFFERED');
  CREATE INDEX "waitlist_entries_queue_idx" ON "waitlist_entries" USING btree ("city_event_id","created_at","id") WHERE "status" IN ('WAITING', 'OFFERED');
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_waitlist_entries_fk" FOREIGN KEY ("waitlist_entries_id") REFERENCES "public"."waitlist_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_waitlist_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("waitlist_entries_id");
  ALTER TABLE "city_events" ADD CONSTRAINT "city_events_seats_valid" CHECK ("seats_confirmed" >= 0 AND "seats_held" >= 0 AND "seats_offered" >= 0 AND "seats_waiting" >= 0 AND "seats_confirmed" + "seats_held" + "seats_offered" <= "capacity");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "waitlist_entries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "waitlist_entries" CASCADE;
  ALTER TABLE "city_events" DROP CONSTRAINT "city_events_seats_valid";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_waitlist_entries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents', 'ticketingEraseExpiredPersonalData', 'ticketingDeleteCustomer');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents', 'ticketingEraseExpiredPersonalData', 'ticketingDeleteCustomer');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_waitlist_entries_id_idx";
  ALTER TABLE "city_events" DROP COLUMN "seats_offered";
  ALTER TABLE "city_events" DROP COLUMN "seats_waiting";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "waitlist_entries_id";
  ALTER TABLE "city_events" ADD CONSTRAINT "city_events_seats_valid" CHECK ("seats_confirmed" >= 0 AND "seats_held" >= 0 AND "seats_confirmed" + "seats_held" <= "capacity");
  DROP TYPE "public"."enum_waitlist_entries_status";`)
}
