import type { TaskConfig } from 'payload'

import { eraseExpiredBookings } from '../operations/privacy/eraseExpiredBookings'
import type { SanitizedTicketingPluginConfig } from '../types'
import { TICKETING_QUEUE } from './expireHoldsTask'

export const RETENTION_TASK = 'ticketingEraseExpiredPersonalData'

/** Every night: erases the personal data of bookings and waiting-list entries whose event ended more than `retentionMonths` ago (each run in the audit log). */
export const retentionTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: object; output: { attendees: number; bookings: number; waitlistEntries: number } }> => ({
  slug: RETENTION_TASK,
  handler: async ({ req }) => {
    const { attendees, bookings, waitlistEntries } = await eraseExpiredBookings({ gateway: config.getGateway(), req, retentionMonths: config.retentionMonths })
    return { output: { attendees, bookings, waitlistEntries } }
  },
  label: 'Erase personal data past its retention',
  outputSchema: [
    { name: 'bookings', type: 'number' },
    { name: 'attendees', type: 'number' },
    { name: 'waitlistEntries', type: 'number' },
  ],
  retries: 2,
  schedule: config.disabled ? [] : [{ cron: '30 3 * * *', queue: TICKETING_QUEUE }],
})
