import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

/**
 * THE rule for a hold that may expire, as a condition on the `bookings` row aliased `alias`
 * (none: unqualified columns): still PENDING, its time up, and no payment processing or paid
 * (those are settled by the webhook or the reconciliation instead). Availability, the expiry
 * job, a late visitor's booking and a single hold's end all use this one definition.
 */
export const holdMayExpire = (alias?: string): SQL => {
  const column = (name: string) => sql.raw(alias ? `${alias}.${name}` : name)
  return sql`${column('status')} = 'PENDING' AND ${column('expires_at')} <= now() AND ${column('payment_status')} NOT IN ('PROCESSING', 'PAID')`
}
