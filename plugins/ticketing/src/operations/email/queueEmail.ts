import type { PayloadRequest } from 'payload'

import { insertEmailLog } from '../../db/email/emailLog'

export const EMAIL_QUEUE = 'ticketing-email'
export const SEND_EMAIL_TASK = 'ticketingSendEmail'

export type EmailJobInput = {
  amount?: number
  bookingId: number
  /** The currency of `amount` when it is not the booking's (a payment in another currency). */
  currency?: string
  disputeId?: string
  kind: 'certificates' | 'confirmation' | 'disputeAlert' | 'disputeLost' | 'eventCancelled' | 'lateRefund' | 'paymentFailed' | 'paymentMismatch' | 'refund'
  paymentIntentId?: string
  /** The `booking-emails` row that tracks this email (set by queueEmail). */
  logId?: number
}

/**
 * Queues an email in the caller's transaction: it exists only if the state change that
 * caused it commits, and it is sent (with retries) by the email job, so an SMTP outage
 * delays mail but never fails a booking or a webhook.
 */
export const queueEmail = async (req: PayloadRequest, input: EmailJobInput): Promise<void> => {
  const logId = await insertEmailLog(req, input.bookingId, input.kind)
  await req.payload.jobs.queue({ input: { ...input, logId }, queue: EMAIL_QUEUE, req, task: SEND_EMAIL_TASK } as never)
}
