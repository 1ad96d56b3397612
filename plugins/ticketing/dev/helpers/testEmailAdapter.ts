import type { EmailAdapter, SendEmailOptions } from 'payload'

/** Every email the dev host sent, newest last (tests read it; nothing leaves the process). */
export const sentEmails: SendEmailOptions[] = []

/** Keeps emails in memory and logs one line each. */
export const testEmailAdapter: EmailAdapter<{ messageId: string }> = ({ payload }) => ({
  name: 'test-email-adapter',
  defaultFromAddress: 'tickets@ticketing.local',
  defaultFromName: 'Ticketing dev',
  sendEmail: async (message) => {
    sentEmails.push(message)
    payload.logger.debug({ msg: `Test email to ${JSON.stringify(message.to)}: ${message.subject}` })
    // As nodemailer answers: the plugin's email job treats a send without a message id as failed.
    return { messageId: `<${sentEmails.length}@ticketing.local>` }
  },
})
