import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "bookings_pending_email_idx" ON "bookings" USING btree ("city_event_id",lower("buyer_email")) WHERE "status" = 'PENDING';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "bookings_pending_email_idx";`)
}
