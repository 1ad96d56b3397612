import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_stripe_events_outcome" ADD VALUE 'PENDING' BEFORE 'PROCESSING';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'ticketingDrainWebhookEvents';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'ticketingDrainWebhookEvents';
  ALTER TABLE "stripe_events" ALTER COLUMN "attempts" SET DEFAULT 0;
  ALTER TABLE "stripe_events" ADD COLUMN "next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "stripe_events" ADD COLUMN "action" jsonb;
  CREATE INDEX "stripe_events_due_idx" ON "stripe_events" USING btree ("next_attempt_at") WHERE "next_attempt_at" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "stripe_events" ALTER COLUMN "outcome" SET DATA TYPE text;
  DROP TYPE "public"."enum_stripe_events_outcome";
  CREATE TYPE "public"."enum_stripe_events_outcome" AS ENUM('PROCESSING', 'PROCESSED', 'IGNORED', 'FAILED');
  ALTER TABLE "stripe_events" ALTER COLUMN "outcome" SET DATA TYPE "public"."enum_stripe_events_outcome" USING "outcome"::"public"."enum_stripe_events_outcome";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "stripe_events_due_idx";
  ALTER TABLE "stripe_events" ALTER COLUMN "attempts" SET DEFAULT 1;
  ALTER TABLE "stripe_events" DROP COLUMN "next_attempt_at";
  ALTER TABLE "stripe_events" DROP COLUMN "action";`)
}
