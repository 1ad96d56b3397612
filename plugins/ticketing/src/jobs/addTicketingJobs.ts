import type { Config } from 'payload'

import { CANCELLATION_QUEUE } from '../db/cancellations/cancellationTask'
import type { SanitizedTicketingPluginConfig } from '../types'
import { cancelEventBookingTask } from './cancelEventBookingTask'
import { deleteCustomerTask } from './deleteCustomerTask'
import { drainWebhookEventsTask } from './drainWebhookEventsTask'
import { expireHoldsTask, TICKETING_QUEUE } from './expireHoldsTask'
import { reconcilePaymentsTask } from './reconcilePaymentsTask'
import { DOCUMENTS_QUEUE, renderDocumentsTask } from './renderDocumentsTask'
import { issueCertificatesTask } from './issueCertificatesTask'
import { retentionTask } from './retentionTask'
import { EMAIL_AUTORUN, sendEmailTask } from './sendEmailTask'
import { waitlistOfferEmailTask } from './waitlistOfferEmailTask'
import { waitlistOffersTask } from './waitlistOffersTask'

/**
 * Registers the plugin's tasks (always, so the jobs tables never depend on `disabled`) and,
 * unless disabled, adds its queues to the host's schedule when Payload starts — only in a
 * process whose `runJobs` option allows it (one process should run them). The host's own
 * schedule and its `shouldAutoRun` stay as the host wrote them.
 */
export const addTicketingJobs = (incoming: Config, config: SanitizedTicketingPluginConfig): Config['jobs'] => {
  const jobs = incoming.jobs ?? {}
  const hostAutoRun = jobs.autoRun
  const ticketingAutoRun = [
    { cron: '* * * * *', limit: 10, queue: TICKETING_QUEUE },
    // Every second, a batch of emails at a time (see EMAIL_AUTORUN).
    { ...EMAIL_AUTORUN },
    // An event cancellation: one job per booking, a few at a time so the site keeps answering.
    { cron: '*/5 * * * * *', limit: 20, queue: CANCELLATION_QUEUE },
    // Invoice and credit note PDFs, rendered from their frozen data.
    { cron: '*/10 * * * * *', limit: 1, queue: DOCUMENTS_QUEUE },
  ]
  return {
    ...jobs,
    autoRun: config.disabled
      ? hostAutoRun
      : async (payload) => [
          ...((typeof hostAutoRun === 'function' ? await hostAutoRun(payload) : hostAutoRun) ?? []),
          ...(config.runJobs() ? ticketingAutoRun : []),
        ],
    tasks: [...(jobs.tasks ?? []), expireHoldsTask(config), reconcilePaymentsTask(config), sendEmailTask(config), cancelEventBookingTask(config), drainWebhookEventsTask(config), retentionTask(config), deleteCustomerTask(config), renderDocumentsTask(config), issueCertificatesTask(config), waitlistOffersTask(config), waitlistOfferEmailTask(config)],
  }
}
