import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_booking_emails_kind" AS ENUM('confirmation', 'paymentFailed', 'refund', 'lateRefund', 'disputeAlert');
  CREATE TYPE "public"."enum_booking_emails_status" AS ENUM('QUEUED', 'SENT', 'FAILED', 'SKIPPED');
  CREATE TABLE "booking_emails" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"booking_id" integer NOT NULL,
  	"kind" "enum_booking_emails_kind" NOT NULL,
  	"status" "enum_booking_emails_status" DEFAULT 'QUEUED' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "booking_emails_id" integer;
  ALTER TABLE "booking_emails" ADD CONSTRAINT "booking_emails_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "booking_emails_booking_idx" ON "booking_emails" USING btree ("booking_id");
  CREATE INDEX "booking_emails_status_idx" ON "booking_emails" USING btree ("status");
  CREATE INDEX "booking_emails_updated_at_idx" ON "booking_emails" USING btree ("updated_at");
  CREATE INDEX "booking_emails_created_at_idx" ON "booking_emails" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_emails_fk" FOREIGN KEY ("booking_emails_id") REFERENCES "public"."booking_emails"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_booking_emails_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_emails_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_emails" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "booking_emails" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_booking_emails_fk";
  
  DROP INDEX "payload_locked_documents_rels_booking_emails_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "booking_emails_id";
  DROP TYPE "public"."enum_booking_emails_kind";
  DROP TYPE "public"."enum_booking_emails_status";`)
}
