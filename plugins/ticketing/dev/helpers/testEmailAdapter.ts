import type { EmailAdapter, SendEmailOptions } from 'payload'

/** Every email the dev host sent, newest last (tests read it; nothing leaves the process). */
export const sentEmails: SendEmailOptions[] = []

/**
 * Keeps emails in memory and logs one line each. It answers nothing (no nodemailer info, no
 * message id), as many Payload email adapters do: the plugin's email job counts it as sent.
 */
export const testEmailAdapter: EmailAdapter<void> = ({ payload }) => ({
  name: 'test-email-adapter',
  defaultFromAddress: 'tickets@ticketing.local',
  defaultFromName: 'Ticketing dev',
  sendEmail: async (message) => {
    sentEmails.push(message)
    payload.logger.debug({ msg: `Test email to ${JSON.stringify(message.to)}: ${message.subject}` })
  },
})
