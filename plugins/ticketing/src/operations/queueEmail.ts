import type { PayloadRequest } from 'payload'

export const EMAIL_QUEUE = 'ticketing-email'
export const SEND_EMAIL_TASK = 'ticketingSendEmail'

export type EmailJobInput = {
  amount?: number
  bookingId: number
  disputeId?: string
  kind: 'confirmation' | 'disputeAlert' | 'lateRefund' | 'paymentFailed' | 'refund'
}

/**
 * Queues an email in the caller's transaction: it exists only if the state change that
 * caused it commits, and it is sent (with retries) by the email job, so an SMTP outage
 * delays mail but never fails a booking or a webhook.
 */
export const queueEmail = async (req: PayloadRequest, input: EmailJobInput): Promise<void> => {
  await req.payload.jobs.queue({ input, queue: EMAIL_QUEUE, req, task: SEND_EMAIL_TASK } as never)
}
