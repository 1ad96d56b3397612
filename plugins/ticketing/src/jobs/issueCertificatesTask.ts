import { sql } from '@payloadcms/db-postgres/drizzle'
import type { TaskConfig } from 'payload'

import { query } from '../db/core/query'
import { issueCertificates } from '../operations/certificates/issueCertificates'
import type { SanitizedTicketingPluginConfig } from '../types'
import { TICKETING_QUEUE } from './expireHoldsTask'

export const ISSUE_CERTIFICATES_TASK = 'ticketingIssueCertificates'

/**
 * Every ten minutes: the events with training hours that ended over an hour ago (within the
 * last 30 days) and whose certificates were not issued yet get them, on their check-ins.
 */
export const issueCertificatesTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: object; output: { events: number; issued: number } }> => ({
  slug: ISSUE_CERTIFICATES_TASK,
  handler: async ({ req }) => {
    const due = await query<{ id: number | string }>(
      req,
      sql`SELECT id FROM city_events WHERE training_hours IS NOT NULL AND certificates_issued_at IS NULL AND status <> 'CANCELLED'
          AND COALESCE(ends_at, starts_at + interval '1 day') + interval '1 hour' <= now()
          AND COALESCE(ends_at, starts_at + interval '1 day') > now() - interval '30 days'`,
    )
    let issued = 0
    for (const { id } of due) {
      issued += (await issueCertificates({ config, key: { id: Number(id) }, req })).issued
      await query(req, sql`UPDATE city_events SET certificates_issued_at = now() WHERE id = ${Number(id)}`)
    }
    return { output: { events: due.length, issued } }
  },
  label: 'Issue certificates of attendance after events',
  outputSchema: [
    { name: 'events', type: 'number' },
    { name: 'issued', type: 'number' },
  ],
  retries: 2,
  schedule: config.disabled ? [] : [{ cron: '*/10 * * * *', queue: TICKETING_QUEUE }],
})
