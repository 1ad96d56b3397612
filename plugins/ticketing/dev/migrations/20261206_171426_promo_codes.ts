import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_promo_codes_kind" AS ENUM('PERCENT', 'FIXED_PER_SEAT');
  CREATE TYPE "public"."enum_promo_codes_currency" AS ENUM('EUR', 'JPY');
  CREATE TABLE "promo_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_promo_codes_kind" DEFAULT 'PERCENT' NOT NULL,
  	"percent" numeric,
  	"amount_per_seat" numeric,
  	"currency" "enum_promo_codes_currency" DEFAULT 'EUR',
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"max_seats" numeric,
  	"combines_with_early_bird" boolean DEFAULT false,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"seats_used" integer DEFAULT 0 NOT NULL,
  	CONSTRAINT "promo_codes_seats_within_max" CHECK ("seats_used" >= 0 AND ("max_seats" IS NULL OR "seats_used" <= "max_seats"))
  );
  
  CREATE TABLE "promo_codes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"city_events_id" integer
  );
  
  ALTER TABLE "bookings" DROP CONSTRAINT "bookings_amounts_valid";
  ALTER TABLE "bookings" ADD COLUMN "promo_code" varchar;
  ALTER TABLE "bookings" ADD COLUMN "promo_discount" numeric DEFAULT 0;
  ALTER TABLE "bookings" ADD COLUMN "promo_code_id" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "promo_codes_id" integer;
  ALTER TABLE "promo_codes_rels" ADD CONSTRAINT "promo_codes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."promo_codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promo_codes_rels" ADD CONSTRAINT "promo_codes_rels_city_events_fk" FOREIGN KEY ("city_events_id") REFERENCES "public"."city_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "promo_codes_code_idx" ON "promo_codes" USING btree ("code");
  CREATE INDEX "promo_codes_updated_at_idx" ON "promo_codes" USING btree ("updated_at");
  CREATE INDEX "promo_codes_created_at_idx" ON "promo_codes" USING btree ("created_at");
  CREATE INDEX "promo_codes_rels_order_idx" ON "promo_codes_rels" USING btree ("order");
  CREATE INDEX "promo_codes_rels_parent_idx" ON "promo_codes_rels" USING btree ("parent_id");
  CREATE INDEX "promo_codes_rels_path_idx" ON "promo_codes_rels" USING btree ("path");
  CREATE INDEX "promo_codes_rels_city_events_id_idx" ON "promo_codes_rels" USING btree ("city_events_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_promo_codes_fk" FOREIGN KEY ("promo_codes_id") REFERENCES "public"."promo_codes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "bookings_promo_code_idx" ON "bookings" USING btree ("promo_code");
  CREATE INDEX "bookings_promo_code_id_idx" ON "bookings" USING btree ("promo_code_id");
  CREATE INDEX "payload_locked_documents_rels_promo_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("promo_codes_id");
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_amounts_valid" CHECK ("quantity" > 0 AND "total" >= 0 AND "discount" >= 0 AND "total" = "subtotal" - "discount" - coalesce("promo_discount", 0) AND coalesce("promo_discount", 0) >= 0 AND "amount_refunded" >= 0 AND "amount_refunded" <= "total");
  CREATE OR REPLACE FUNCTION "bookings_promo_give_back_fn"() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
  IF OLD.status = 'PENDING' AND NEW.status IN ('EXPIRED', 'CANCELLED') AND NEW.promo_code_id IS NOT NULL THEN
    UPDATE promo_codes SET seats_used = seats_used - NEW.quantity WHERE id = NEW.promo_code_id;
  END IF;
  RETURN NULL;
  END
  $fn$;
  CREATE OR REPLACE TRIGGER "bookings_promo_give_back" AFTER UPDATE OF status ON "bookings" FOR EACH ROW EXECUTE FUNCTION "bookings_promo_give_back_fn"();
  COMMENT ON TRIGGER "bookings_promo_give_back" ON "bookings" IS 'sql-trigger:2caf896352fae7db';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER IF EXISTS "bookings_promo_give_back" ON "bookings";
  DROP FUNCTION IF EXISTS "bookings_promo_give_back_fn"();
  ALTER TABLE "promo_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promo_codes_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "promo_codes" CASCADE;
  DROP TABLE "promo_codes_rels" CASCADE;
  ALTER TABLE "bookings" DROP CONSTRAINT "bookings_amounts_valid";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_promo_codes_fk";
  
  DROP INDEX "bookings_promo_code_idx";
  DROP INDEX "bookings_promo_code_id_idx";
  DROP INDEX "payload_locked_documents_rels_promo_codes_id_idx";
  ALTER TABLE "bookings" DROP COLUMN "promo_code";
  ALTER TABLE "bookings" DROP COLUMN "promo_discount";
  ALTER TABLE "bookings" DROP COLUMN "promo_code_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "promo_codes_id";
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_amounts_valid" CHECK ("quantity" > 0 AND "total" >= 0 AND "discount" >= 0 AND "total" = "subtotal" - "discount" AND "amount_refunded" >= 0 AND "amount_refunded" <= "total");
  DROP TYPE "public"."enum_promo_codes_kind";
  DROP TYPE "public"."enum_promo_codes_currency";`)
}
