import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_position" AS ENUM('owner', 'ticket-desk', 'accountant', 'volunteer');
  CREATE TYPE "public"."enum_city_events_status" AS ENUM('DRAFT', 'PUBLISHED', 'SOLD_OUT', 'CANCELLED', 'COMPLETED');
  CREATE TYPE "public"."enum_city_events_currency" AS ENUM('EUR', 'JPY');
  CREATE TYPE "public"."enum_bookings_status" AS ENUM('PENDING', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED');
  CREATE TYPE "public"."enum_bookings_payment_status" AS ENUM('PENDING', 'PROCESSING', 'PAID', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED');
  CREATE TYPE "public"."enum_bookings_ticket_type" AS ENUM('REGULAR', 'EARLY_BIRD', 'GROUP');
  CREATE TYPE "public"."enum_bookings_locale" AS ENUM('en');
  CREATE TYPE "public"."enum_booking_payments_kind" AS ENUM('PAYMENT', 'REFUND', 'DISPUTE');
  CREATE TYPE "public"."enum_booking_emails_kind" AS ENUM('confirmation', 'paymentFailed', 'refund', 'lateRefund', 'disputeAlert', 'disputeLost', 'paymentMismatch', 'eventCancelled');
  CREATE TYPE "public"."enum_booking_emails_status" AS ENUM('QUEUED', 'SENT', 'FAILED', 'SKIPPED');
  CREATE TYPE "public"."enum_stripe_events_outcome" AS ENUM('PENDING', 'PROCESSING', 'PROCESSED', 'IGNORED', 'FAILED');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"position" "enum_users_position" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "city_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"status" "enum_city_events_status" DEFAULT 'DRAFT' NOT NULL,
  	"city" varchar NOT NULL,
  	"country" varchar NOT NULL,
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"timezone" varchar DEFAULT 'Europe/Paris' NOT NULL,
  	"description" jsonb,
  	"capacity" numeric NOT NULL,
  	"max_per_booking" numeric DEFAULT 10 NOT NULL,
  	"hold_minutes" numeric DEFAULT 15 NOT NULL,
  	"currency" "enum_city_events_currency" DEFAULT 'EUR' NOT NULL,
  	"regular_price" numeric NOT NULL,
  	"early_bird_price" numeric,
  	"early_bird_deadline" timestamp(3) with time zone,
  	"group_minimum" numeric,
  	"group_discount_percent" numeric,
  	"sales_open_at" timestamp(3) with time zone,
  	"sales_close_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"seats_confirmed" integer DEFAULT 0 NOT NULL,
  	"seats_held" integer DEFAULT 0 NOT NULL,
  	CONSTRAINT "city_events_capacity_positive" CHECK ("capacity" > 0),
  	CONSTRAINT "city_events_seats_valid" CHECK ("seats_confirmed" >= 0 AND "seats_held" >= 0 AND "seats_confirmed" + "seats_held" <= "capacity")
  );
  
  CREATE TABLE "bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"city_event_id" integer NOT NULL,
  	"status" "enum_bookings_status" DEFAULT 'PENDING',
  	"payment_status" "enum_bookings_payment_status" DEFAULT 'PENDING',
  	"ticket_type" "enum_bookings_ticket_type",
  	"quantity" numeric NOT NULL,
  	"currency" varchar,
  	"unit_price" numeric,
  	"subtotal" numeric,
  	"discount" numeric,
  	"total" numeric,
  	"amount_refunded" numeric DEFAULT 0,
  	"buyer_name" varchar NOT NULL,
  	"buyer_email" varchar NOT NULL,
  	"buyer_phone" varchar,
  	"locale" "enum_bookings_locale" DEFAULT 'en',
  	"expires_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"payment_intent_id" varchar,
  	"stripe_customer_id" varchar,
  	"access_token_hash" varchar,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	CONSTRAINT "bookings_amounts_valid" CHECK ("quantity" > 0 AND "total" >= 0 AND "discount" >= 0 AND "total" = "subtotal" - "discount" AND "amount_refunded" >= 0 AND "amount_refunded" <= "total")
  );
  
  CREATE TABLE "attendees" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"booking_id" integer NOT NULL,
  	"city_event_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"position" numeric NOT NULL,
  	"ticket_code" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "booking_payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"booking_id" integer NOT NULL,
  	"kind" "enum_booking_payments_kind" NOT NULL,
  	"stripe_object_id" varchar NOT NULL,
  	"amount" numeric NOT NULL,
  	"currency" varchar NOT NULL,
  	"status" varchar NOT NULL,
  	"failure_code" varchar,
  	"failure_message" varchar,
  	"stripe_event_id" varchar,
  	"occurred_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  
  CREATE TABLE "stripe_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"processed_at" timestamp(3) with time zone,
  	"outcome" "enum_stripe_events_outcome" NOT NULL,
  	"error" varchar,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"action" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"city_events_id" integer,
  	"bookings_id" integer,
  	"attendees_id" integer,
  	"booking_payments_id" integer,
  	"booking_emails_id" integer,
  	"stripe_events_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "ticketing_rate_limits" (
  	"key" varchar(255) PRIMARY KEY NOT NULL,
  	"points" integer DEFAULT 0 NOT NULL,
  	"expire" bigint
  );
  
  CREATE TABLE "ticketing_idempotency_keys" (
  	"key_hash" char(64) PRIMARY KEY NOT NULL,
  	"request_hash" char(64) NOT NULL,
  	"response" text,
  	"created_at" timestamp with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ticketing_captcha_uses" (
  	"signature" varchar(256) PRIMARY KEY NOT NULL,
  	"expires_at" timestamp with time zone NOT NULL
  );
  
  CREATE TABLE "ticketing_refund_requests" (
  	"id" uuid PRIMARY KEY NOT NULL,
  	"booking_id" integer NOT NULL,
  	"amount" integer NOT NULL,
  	"reason" varchar(32),
  	"state" varchar(16) DEFAULT 'requested' NOT NULL,
  	"refund_id" varchar(255),
  	"refund_status" varchar(32),
  	"key_hash" char(64),
  	"request_hash" char(64),
  	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  	CONSTRAINT "ticketing_refund_requests_key_hash_key" UNIQUE("key_hash"),
  	CONSTRAINT "ticketing_refund_requests_amount_check" CHECK ("amount" > 0),
  	CONSTRAINT "ticketing_refund_requests_state_check" CHECK ("state" IN ('requested', 'settled', 'failed'))
  );
  
  CREATE TABLE "ticketing_event_cancellations" (
  	"booking_id" integer PRIMARY KEY NOT NULL,
  	"city_event_id" integer NOT NULL,
  	"state" varchar(16) DEFAULT 'queued' NOT NULL,
  	"outcome" varchar(32),
  	"refunded" integer DEFAULT 0 NOT NULL,
  	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  	CONSTRAINT "ticketing_event_cancellations_refunded_check" CHECK ("refunded" >= 0),
  	CONSTRAINT "ticketing_event_cancellations_state_check" CHECK ("state" IN ('queued', 'done'))
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_city_event_id_city_events_id_fk" FOREIGN KEY ("city_event_id") REFERENCES "public"."city_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendees" ADD CONSTRAINT "attendees_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendees" ADD CONSTRAINT "attendees_city_event_id_city_events_id_fk" FOREIGN KEY ("city_event_id") REFERENCES "public"."city_events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_payments" ADD CONSTRAINT "booking_payments_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "booking_emails" ADD CONSTRAINT "booking_emails_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_city_events_fk" FOREIGN KEY ("city_events_id") REFERENCES "public"."city_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bookings_fk" FOREIGN KEY ("bookings_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attendees_fk" FOREIGN KEY ("attendees_id") REFERENCES "public"."attendees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_payments_fk" FOREIGN KEY ("booking_payments_id") REFERENCES "public"."booking_payments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_booking_emails_fk" FOREIGN KEY ("booking_emails_id") REFERENCES "public"."booking_emails"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stripe_events_fk" FOREIGN KEY ("stripe_events_id") REFERENCES "public"."stripe_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ticketing_refund_requests" ADD CONSTRAINT "ticketing_refund_requests_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ticketing_event_cancellations" ADD CONSTRAINT "ticketing_event_cancellations_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "ticketing_event_cancellations" ADD CONSTRAINT "ticketing_event_cancellations_city_event_id_fkey" FOREIGN KEY ("city_event_id") REFERENCES "public"."city_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "city_events_slug_idx" ON "city_events" USING btree ("slug");
  CREATE INDEX "city_events_status_idx" ON "city_events" USING btree ("status");
  CREATE INDEX "city_events_starts_at_idx" ON "city_events" USING btree ("starts_at");
  CREATE INDEX "city_events_updated_at_idx" ON "city_events" USING btree ("updated_at");
  CREATE INDEX "city_events_created_at_idx" ON "city_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "bookings_reference_idx" ON "bookings" USING btree ("reference");
  CREATE INDEX "bookings_city_event_idx" ON "bookings" USING btree ("city_event_id");
  CREATE INDEX "bookings_payment_status_idx" ON "bookings" USING btree ("payment_status");
  CREATE INDEX "bookings_buyer_buyer_email_idx" ON "bookings" USING btree ("buyer_email");
  CREATE INDEX "bookings_expires_at_idx" ON "bookings" USING btree ("expires_at");
  CREATE UNIQUE INDEX "bookings_payment_intent_id_idx" ON "bookings" USING btree ("payment_intent_id");
  CREATE INDEX "bookings_updated_at_idx" ON "bookings" USING btree ("updated_at");
  CREATE INDEX "bookings_created_at_idx" ON "bookings" USING btree ("created_at");
  CREATE INDEX "bookings_pending_expiry_idx" ON "bookings" USING btree ("city_event_id","expires_at") WHERE "status" = 'PENDING';
  CREATE INDEX "attendees_booking_idx" ON "attendees" USING btree ("booking_id");
  CREATE INDEX "attendees_city_event_idx" ON "attendees" USING btree ("city_event_id");
  CREATE UNIQUE INDEX "attendees_ticket_code_idx" ON "attendees" USING btree ("ticket_code");
  CREATE INDEX "attendees_updated_at_idx" ON "attendees" USING btree ("updated_at");
  CREATE INDEX "attendees_created_at_idx" ON "attendees" USING btree ("created_at");
  CREATE INDEX "booking_payments_booking_idx" ON "booking_payments" USING btree ("booking_id");
  CREATE UNIQUE INDEX "booking_payments_stripe_object_id_idx" ON "booking_payments" USING btree ("stripe_object_id");
  CREATE INDEX "booking_payments_stripe_event_id_idx" ON "booking_payments" USING btree ("stripe_event_id");
  CREATE INDEX "booking_payments_updated_at_idx" ON "booking_payments" USING btree ("updated_at");
  CREATE INDEX "booking_payments_created_at_idx" ON "booking_payments" USING btree ("created_at");
  CREATE INDEX "booking_emails_booking_idx" ON "booking_emails" USING btree ("booking_id");
  CREATE INDEX "booking_emails_status_idx" ON "booking_emails" USING btree ("status");
  CREATE INDEX "booking_emails_updated_at_idx" ON "booking_emails" USING btree ("updated_at");
  CREATE INDEX "booking_emails_created_at_idx" ON "booking_emails" USING btree ("created_at");
  CREATE UNIQUE INDEX "stripe_events_event_id_idx" ON "stripe_events" USING btree ("event_id");
  CREATE INDEX "stripe_events_type_idx" ON "stripe_events" USING btree ("type");
  CREATE INDEX "stripe_events_outcome_idx" ON "stripe_events" USING btree ("outcome");
  CREATE INDEX "stripe_events_updated_at_idx" ON "stripe_events" USING btree ("updated_at");
  CREATE INDEX "stripe_events_created_at_idx" ON "stripe_events" USING btree ("created_at");
  CREATE INDEX "stripe_events_due_idx" ON "stripe_events" USING btree ("next_attempt_at") WHERE "next_attempt_at" IS NOT NULL;
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_city_events_id_idx" ON "payload_locked_documents_rels" USING btree ("city_events_id");
  CREATE INDEX "payload_locked_documents_rels_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("bookings_id");
  CREATE INDEX "payload_locked_documents_rels_attendees_id_idx" ON "payload_locked_documents_rels" USING btree ("attendees_id");
  CREATE INDEX "payload_locked_documents_rels_booking_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_payments_id");
  CREATE INDEX "payload_locked_documents_rels_booking_emails_id_idx" ON "payload_locked_documents_rels" USING btree ("booking_emails_id");
  CREATE INDEX "payload_locked_documents_rels_stripe_events_id_idx" ON "payload_locked_documents_rels" USING btree ("stripe_events_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "ticketing_idempotency_keys_created_idx" ON "ticketing_idempotency_keys" USING btree ("created_at");
  CREATE INDEX "ticketing_captcha_uses_expires_idx" ON "ticketing_captcha_uses" USING btree ("expires_at");
  CREATE INDEX "ticketing_refund_requests_open_idx" ON "ticketing_refund_requests" USING btree ("booking_id") WHERE "state" = 'requested';
  CREATE INDEX "ticketing_event_cancellations_event_idx" ON "ticketing_event_cancellations" USING btree ("city_event_id","state");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "city_events" CASCADE;
  DROP TABLE "bookings" CASCADE;
  DROP TABLE "attendees" CASCADE;
  DROP TABLE "booking_payments" CASCADE;
  DROP TABLE "booking_emails" CASCADE;
  DROP TABLE "stripe_events" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TABLE "ticketing_rate_limits" CASCADE;
  DROP TABLE "ticketing_idempotency_keys" CASCADE;
  DROP TABLE "ticketing_captcha_uses" CASCADE;
  DROP TABLE "ticketing_refund_requests" CASCADE;
  DROP TABLE "ticketing_event_cancellations" CASCADE;
  DROP TYPE "public"."enum_users_position";
  DROP TYPE "public"."enum_city_events_status";
  DROP TYPE "public"."enum_city_events_currency";
  DROP TYPE "public"."enum_bookings_status";
  DROP TYPE "public"."enum_bookings_payment_status";
  DROP TYPE "public"."enum_bookings_ticket_type";
  DROP TYPE "public"."enum_bookings_locale";
  DROP TYPE "public"."enum_booking_payments_kind";
  DROP TYPE "public"."enum_booking_emails_kind";
  DROP TYPE "public"."enum_booking_emails_status";
  DROP TYPE "public"."enum_stripe_events_outcome";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
