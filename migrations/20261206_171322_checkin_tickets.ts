import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_roles" ADD VALUE 'checkin';
  CREATE TABLE "check_ins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"attendee_id" integer NOT NULL,
  	"city_event_id" integer NOT NULL,
  	"booking_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"checked_in_at" timestamp(3) with time zone NOT NULL,
  	"checked_in_by_id" integer,
  	"device_id" varchar,
  	"request_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "attendees" ADD COLUMN "qr_secret" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "check_ins_id" integer;
  ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_attendee_id_attendees_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."attendees"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_city_event_id_city_events_id_fk" FOREIGN KEY ("city_event_id") REFERENCES "public"."city_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_checked_in_by_id_users_id_fk" FOREIGN KEY ("checked_in_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "check_ins_attendee_idx" ON "check_ins" USING btree ("attendee_id");
  CREATE INDEX "check_ins_city_event_idx" ON "check_ins" USING btree ("city_event_id");
  CREATE INDEX "check_ins_booking_idx" ON "check_ins" USING btree ("booking_id");
  CREATE INDEX "check_ins_checked_in_by_idx" ON "check_ins" USING btree ("checked_in_by_id");
  CREATE INDEX "check_ins_updated_at_idx" ON "check_ins" USING btree ("updated_at");
  CREATE INDEX "check_ins_created_at_idx" ON "check_ins" USING btree ("created_at");
  CREATE UNIQUE INDEX "attendee_day_idx" ON "check_ins" USING btree ("attendee_id","day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_check_ins_fk" FOREIGN KEY ("check_ins_id") REFERENCES "public"."check_ins"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "attendees_qr_secret_idx" ON "attendees" USING btree ("qr_secret");
  CREATE INDEX "payload_locked_documents_rels_check_ins_id_idx" ON "payload_locked_documents_rels" USING btree ("check_ins_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "check_ins" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "check_ins" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_check_ins_fk";
  
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'finance');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "attendees_qr_secret_idx";
  DROP INDEX "payload_locked_documents_rels_check_ins_id_idx";
  ALTER TABLE "attendees" DROP COLUMN "qr_secret";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "check_ins_id";`)
}
