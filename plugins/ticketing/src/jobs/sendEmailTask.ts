import type { Transporter } from 'nodemailer'
import type { TaskConfig } from 'payload'

import { sendEmail } from '../email/sendEmail'
import { EMAIL_QUEUE, type EmailJobInput, SEND_EMAIL_TASK } from '../operations/queueEmail'
import { renderBookingEmail } from '../operations/renderBookingEmail'
import type { SanitizedTicketingPluginConfig } from '../types'

export { EMAIL_QUEUE }

/**
 * Sends one queued email through the site's email adapter (payload.sendEmail). A failure
 * (SMTP down) throws, and the job is retried with exponential backoff — mail is delayed,
 * never lost.
 */
export const sendEmailTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: EmailJobInput; output: { sent: boolean } }> => ({
  slug: SEND_EMAIL_TASK,
  handler: async ({ input, req }) => {
    const siteUrl = (config.publicSiteUrl || req.payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '')
    const email = await renderBookingEmail(req, input, siteUrl)
    if (!email) return { output: { sent: false } }
    const to = input.kind === 'disputeAlert' ? config.financeEmail || req.payload.email?.defaultFromAddress : email.to
    if (!to) return { output: { sent: false } }
    // The host's email adapter (SMTP, or files in development) seen as a nodemailer transport.
    const transport = { sendMail: (message: object) => req.payload.sendEmail(message) } as unknown as Transporter
    const sender = req.payload.email
    await sendEmail(transport, { from: `${sender.defaultFromName} <${sender.defaultFromAddress}>`, rendered: email.rendered, to })
    return { output: { sent: true } }
  },
  inputSchema: [
    { name: 'bookingId', type: 'number', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'amount', type: 'number' },
    { name: 'disputeId', type: 'text' },
  ],
  label: 'Send a ticketing email',
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 10, backoff: { delay: 5000, type: 'exponential' } },
})
