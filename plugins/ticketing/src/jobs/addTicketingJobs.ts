import type { Config } from 'payload'

import { CANCELLATION_QUEUE } from '../db/cancellations/cancellationTask'
import type { SanitizedTicketingPluginConfig } from '../types'
import { cancelEventBookingTask } from './cancelEventBookingTask'
import { deleteCustomerTask } from './deleteCustomerTask'
import { drainWebhookEventsTask } from './drainWebhookEventsTask'
import { expireHoldsTask, TICKETING_QUEUE } from './expireHoldsTask'
import { reconcilePaymentsTask } from './reconcilePaymentsTask'
import { retentionTask } from './retentionTask'
import { EMAIL_AUTORUN, sendEmailTask } from './sendEmailTask'

/**
 * Registers the plugin's tasks (always, so the jobs tables never depend on `disabled`) and,
 * unless disabled, runs the `ticketing` queue every minute. Only one process should run jobs:
 * set TICKETING_RUN_JOBS=false on the others.
 */
export const addTicketingJobs = (incoming: Config, config: SanitizedTicketingPluginConfig): Config['jobs'] => {
  const jobs = incoming.jobs ?? {}
  const autoRun = Array.isArray(jobs.autoRun) ? jobs.autoRun : []
  const userShouldAutoRun = jobs.shouldAutoRun
  return {
    ...jobs,
    autoRun: config.disabled
      ? jobs.autoRun
      : [
          ...autoRun,
          { cron: '* * * * *', limit: 10, queue: TICKETING_QUEUE },
          // Every second, a batch of emails at a time (see EMAIL_AUTORUN).
          { ...EMAIL_AUTORUN },
          // An event cancellation: one job per booking, a few at a time so the site keeps answering.
          { cron: '*/5 * * * * *', limit: 20, queue: CANCELLATION_QUEUE },
        ],
    shouldAutoRun: async (payload) =>
      process.env.TICKETING_RUN_JOBS !== 'false' && (userShouldAutoRun ? await userShouldAutoRun(payload) : true),
    tasks: [...(jobs.tasks ?? []), expireHoldsTask(config), reconcilePaymentsTask(config), sendEmailTask(config), cancelEventBookingTask(config), drainWebhookEventsTask(config), retentionTask(config), deleteCustomerTask(config)],
  }
}
