import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_invoices_kind" AS ENUM('INVOICE', 'CREDIT_NOTE');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ticketingRenderDocuments';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ticketingRenderDocuments';
  CREATE TABLE "invoices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL,
  	"kind" "enum_invoices_kind" NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"seller_id" integer NOT NULL,
  	"booking_id" integer NOT NULL,
  	"related_invoice_id" integer,
  	"year" numeric NOT NULL,
  	"sequence" numeric NOT NULL,
  	"buyer_name" varchar,
  	"buyer_company" varchar,
  	"currency" varchar NOT NULL,
  	"total_excl_tax" numeric NOT NULL,
  	"tax" numeric NOT NULL,
  	"total" numeric NOT NULL,
  	"source" varchar NOT NULL,
  	"data" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	CONSTRAINT "invoices_amounts_check" CHECK ("total" >= 0 AND "tax" >= 0 AND "total_excl_tax" + "tax" = "total")
  );
  
  CREATE TABLE "sellers_taxes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"rate_percent" varchar NOT NULL,
  	"number" varchar
  );
  
  CREATE TABLE "sellers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"legal_form" varchar,
  	"share_capital" varchar,
  	"address_line1" varchar NOT NULL,
  	"address_line2" varchar,
  	"address_postal_code" varchar NOT NULL,
  	"address_city" varchar NOT NULL,
  	"address_region" varchar,
  	"address_country" varchar NOT NULL,
  	"registration_number" varchar,
  	"registry_city" varchar,
  	"vat_number" varchar,
  	"exemption_text" varchar,
  	"invoice_prefix" varchar DEFAULT 'FA' NOT NULL,
  	"credit_note_prefix" varchar DEFAULT 'AV' NOT NULL,
  	"certificate_prefix" varchar DEFAULT 'AT',
  	"timezone" varchar DEFAULT 'Europe/Paris' NOT NULL,
  	"email" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ticketing_document_counters" (
  	"seller_id" integer NOT NULL,
  	"series" varchar(16) NOT NULL,
  	"year" integer NOT NULL,
  	"last_number" integer NOT NULL,
  	CONSTRAINT "ticketing_document_counters_key" UNIQUE("seller_id","series","year")
  );
  
  CREATE TABLE "ticketing_document_files" (
  	"invoice_id" integer PRIMARY KEY NOT NULL,
  	"pdf" "bytea" NOT NULL,
  	"sha256" char(64) NOT NULL,
  	"rendered_at" timestamp with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "city_events" ADD COLUMN "seller_id" integer;
  ALTER TABLE "bookings" ADD COLUMN "invoice_details" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "invoices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sellers_id" integer;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invoices" ADD CONSTRAINT "invoices_related_invoice_id_invoices_id_fk" FOREIGN KEY ("related_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sellers_taxes" ADD CONSTRAINT "sellers_taxes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sellers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sellers" ADD CONSTRAINT "sellers_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ticketing_document_counters" ADD CONSTRAINT "ticketing_document_counters_seller_id_fkey" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE no action ON UPDATE no action;
  ALTER TABLE "ticketing_document_files" ADD CONSTRAINT "ticketing_document_files_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;
  CREATE UNIQUE INDEX "invoices_number_idx" ON "invoices" USING btree ("number");
  CREATE INDEX "invoices_issued_at_idx" ON "invoices" USING btree ("issued_at");
  CREATE INDEX "invoices_seller_idx" ON "invoices" USING btree ("seller_id");
  CREATE INDEX "invoices_booking_idx" ON "invoices" USING btree ("booking_id");
  CREATE INDEX "invoices_related_invoice_idx" ON "invoices" USING btree ("related_invoice_id");
  CREATE UNIQUE INDEX "invoices_source_idx" ON "invoices" USING btree ("source");
  CREATE INDEX "invoices_updated_at_idx" ON "invoices" USING btree ("updated_at");
  CREATE INDEX "invoices_created_at_idx" ON "invoices" USING btree ("created_at");
  CREATE UNIQUE INDEX "invoices_series_number_idx" ON "invoices" USING btree ("seller_id","kind","year","sequence");
  CREATE INDEX "sellers_taxes_order_idx" ON "sellers_taxes" USING btree ("_order");
  CREATE INDEX "sellers_taxes_parent_id_idx" ON "sellers_taxes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sellers_invoice_prefix_idx" ON "sellers" USING btree ("invoice_prefix");
  CREATE UNIQUE INDEX "sellers_credit_note_prefix_idx" ON "sellers" USING btree ("credit_note_prefix");
  CREATE INDEX "sellers_logo_idx" ON "sellers" USING btree ("logo_id");
  CREATE INDEX "sellers_updated_at_idx" ON "sellers" USING btree ("updated_at");
  CREATE INDEX "sellers_created_at_idx" ON "sellers" USING btree ("created_at");
  ALTER TABLE "city_events" ADD CONSTRAINT "city_events_seller_id_sellers_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."sellers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_invoices_fk" FOREIGN KEY ("invoices_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sellers_fk" FOREIGN KEY ("sellers_id") REFERENCES "public"."sellers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "city_events_seller_idx" ON "city_events" USING btree ("seller_id");
  CREATE INDEX "payload_locked_documents_rels_invoices_id_idx" ON "payload_locked_documents_rels" USING btree ("invoices_id");
  CREATE INDEX "payload_locked_documents_rels_sellers_id_idx" ON "payload_locked_documents_rels" USING btree ("sellers_id");
  CREATE OR REPLACE FUNCTION "invoices_frozen_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  RAISE EXCEPTION 'invoices are never edited or deleted (issue a credit note): % refused', TG_OP USING ERRCODE = 'restrict_violation';
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "invoices_frozen" BEFORE UPDATE OR DELETE ON "invoices" FOR EACH ROW EXECUTE FUNCTION "invoices_frozen_fn"();
  COMMENT ON TRIGGER "invoices_frozen" ON "invoices" IS 'sql-trigger:8c8c859cb71e346f';
  CREATE OR REPLACE FUNCTION "invoices_no_truncate_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  RAISE EXCEPTION 'invoices are never edited or deleted (issue a credit note): % refused', TG_OP USING ERRCODE = 'restrict_violation';
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "invoices_no_truncate" BEFORE TRUNCATE ON "invoices" FOR EACH STATEMENT EXECUTE FUNCTION "invoices_no_truncate_fn"();
  COMMENT ON TRIGGER "invoices_no_truncate" ON "invoices" IS 'sql-trigger:fa48d73ba52b90b7';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS "invoices_frozen" ON "invoices";
  DROP FUNCTION IF EXISTS "invoices_frozen_fn"();
  DROP TRIGGER IF EXISTS "invoices_no_truncate" ON "invoices";
  DROP FUNCTION IF EXISTS "invoices_no_truncate_fn"();
  ALTER TABLE "invoices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sellers_taxes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sellers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ticketing_document_counters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ticketing_document_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "invoices" CASCADE;
  DROP TABLE "sellers_taxes" CASCADE;
  DROP TABLE "sellers" CASCADE;
  DROP TABLE "ticketing_document_counters" CASCADE;
  DROP TABLE "ticketing_document_files" CASCADE;
  ALTER TABLE "city_events" DROP CONSTRAINT "city_events_seller_id_sellers_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_invoices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_sellers_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents', 'ticketingEraseExpiredPersonalData', 'ticketingDeleteCustomer');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents', 'ticketingEraseExpiredPersonalData', 'ticketingDeleteCustomer');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "city_events_seller_idx";
  DROP INDEX "payload_locked_documents_rels_invoices_id_idx";
  DROP INDEX "payload_locked_documents_rels_sellers_id_idx";
  ALTER TABLE "city_events" DROP COLUMN "seller_id";
  ALTER TABLE "bookings" DROP COLUMN "invoice_details";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "invoices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sellers_id";
  DROP TYPE "public"."enum_invoices_kind";`)
}
