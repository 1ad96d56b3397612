import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_booking_emails_kind" ADD VALUE 'disputeLost';
  ALTER TYPE "public"."enum_booking_emails_kind" ADD VALUE 'paymentMismatch';
  ALTER TYPE "public"."enum_booking_emails_kind" ADD VALUE 'eventCancelled';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "booking_emails" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_booking_emails_kind";
  CREATE TYPE "public"."enum_booking_emails_kind" AS ENUM('confirmation', 'paymentFailed', 'refund', 'lateRefund', 'disputeAlert');
  ALTER TABLE "booking_emails" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_booking_emails_kind" USING "kind"::"public"."enum_booking_emails_kind";`)
}
