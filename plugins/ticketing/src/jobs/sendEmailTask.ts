import type { TaskConfig } from 'payload'

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
    await req.payload.sendEmail({
      attachments: email.rendered.attachments,
      headers: { 'X-Ticketing-Template': input.kind },
      html: email.rendered.html,
      subject: email.rendered.subject,
      text: email.rendered.text,
      to,
    })
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
