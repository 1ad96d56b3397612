import type { Transporter } from 'nodemailer'
import type { PayloadRequest, TaskConfig } from 'payload'

import { FINANCE_EMAIL_KINDS } from '../constants'
import { emailAlreadySent, recordEmailAttempt } from '../db/email/emailLog'
import { sendEmail } from '../email/sendEmail'
import { EMAIL_QUEUE, type EmailJobInput, SEND_EMAIL_TASK } from '../operations/email/queueEmail'
import { renderBookingEmail } from '../operations/email/renderBookingEmail'
import { emailDocuments } from '../operations/invoices/emailDocuments'
import { sendCertificateEmails } from '../operations/certificates/sendCertificateEmails'
import type { SanitizedTicketingPluginConfig } from '../types'

export { EMAIL_QUEUE }

/**
 * How the email queue is run (with SMTP up, a queued email leaves within 30 seconds):
 * every second, up to `limit` jobs per pass, run side by side. Their messages share the pooled
 * SMTP connections (email/createTransport), so a pass of `limit` confirmations takes a few
 * seconds at most and a burst of 1,000 drains within the 30 seconds.
 */
export const EMAIL_AUTORUN = { cron: '* * * * * *', limit: 100, queue: EMAIL_QUEUE } as const

/**
 * Sends one queued email through the site's email adapter (payload.sendEmail). A failure
 * (SMTP down) throws, and the job is retried with exponential backoff — mail is delayed,
 * never lost.
 */
export const sendEmailTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: EmailJobInput; output: { sent: boolean } }> => ({
  slug: SEND_EMAIL_TASK,
  handler: async ({ input, req }) => {
    const record = (outcome: Parameters<typeof recordEmailAttempt>[2]) => (input.logId ? recordEmailAttempt(req.payload, input.logId, outcome) : Promise.resolve())
    // Exactly once: a job that already delivered its email (and was run again) sends nothing.
    if (input.logId && (await emailAlreadySent(req.payload, input.logId))) return { output: { sent: true } }
    try {
      const sent = await deliver(config, input, req)
      await record({ status: sent ? 'SENT' : 'SKIPPED' })
      return { output: { sent } }
    } catch (error) {
      await record({ error: error instanceof Error ? error.message.slice(0, 1000) : String(error), status: 'FAILED' })
      throw error
    }
  },
  inputSchema: [
    { name: 'bookingId', type: 'number', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'amount', type: 'number' },
    { name: 'disputeId', type: 'text' },
    { name: 'currency', type: 'text' },
    { name: 'paymentIntentId', type: 'text' },
    { name: 'logId', type: 'number' },
  ],
  label: 'Send a ticketing email',
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 10, backoff: { delay: 5000, type: 'exponential' } },
})

/** Renders and sends one email; false when there is nothing to send (booking gone, no recipient). */
const deliver = async (config: SanitizedTicketingPluginConfig, input: EmailJobInput, req: PayloadRequest): Promise<boolean> => {
  if (input.kind === 'certificates') return sendCertificateEmails(req, config, input.bookingId)
  const siteUrl = (config.publicSiteUrl || req.payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '')
  const email = await renderBookingEmail(req, input, siteUrl, config.emails)
  if (!email) return false
  const to = FINANCE_EMAIL_KINDS.includes(input.kind) ? config.financeEmail || req.payload.email?.defaultFromAddress : email.to
  if (!to) return false
  // The host's email adapter (SMTP, or files in development) seen as a nodemailer transport.
  const transport = { sendMail: (message: object) => req.payload.sendEmail(message) } as unknown as Transporter
  const sender = req.payload.email
  // The invoice or credit note goes with it (the same stored bytes as the download), copied to the seller.
  const documents = await emailDocuments(req, input)
  const rendered = documents.attachments.length ? { ...email.rendered, attachments: [...(email.rendered.attachments ?? []), ...documents.attachments] } : email.rendered
  const { messageId } = await sendEmail(transport, { bcc: documents.copyTo, from: `${config.emails.senderName ?? sender.defaultFromName} <${sender.defaultFromAddress}>`, rendered, to })
  // An adapter that answers without nodemailer's info has still sent it: noted, not retried.
  if (!messageId) req.payload.logger.info({ bookingId: input.bookingId, kind: input.kind, msg: 'Ticketing email sent; the email adapter gave no message id' })
  return true
}
