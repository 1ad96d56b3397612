import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { findEvents } from '../events/findEvents'

/**
 * The events door staff may be checking in: not draft or cancelled, starting within the next
 * week and not ended more than a day ago (without an end, started less than two days ago).
 */
export const findDoorEvents = (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, locales: { fallbackLocale: string; locale: string }) =>
  findEvents(
    req,
    sql`e.status NOT IN ('DRAFT', 'CANCELLED') AND e.starts_at < now() + interval '7 days'
        AND COALESCE(e.ends_at, e.starts_at + interval '1 day') > now() - interval '1 day'`,
    locales,
  )
