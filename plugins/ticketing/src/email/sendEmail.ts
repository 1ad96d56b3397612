import type { Transporter } from 'nodemailer'
import { templateHeader } from './templateHeader'
import type { RenderedEmail } from './types'

export type SendEmailInput = {
  /** `"Name" <address>` or a bare address. */
  from: string
  to: string | string[]
  rendered: RenderedEmail
  replyTo?: string
  /** Hidden copies (the seller's accounting address for emails that carry an invoice). */
  bcc?: string[]
}

/**
 * Sends a rendered email (text + HTML + attachments) through `transport`.
 * Rejects when the transport fails or any recipient is refused, so that the
 * calling job can retry. A transport (a host's Payload email adapter) that
 * resolves without nodemailer's info has sent the message: `messageId` is then
 * null, for the caller to note, and the send is not retried.
 */
export async function sendEmail(
  transport: Transporter,
  { bcc, from, to, rendered, replyTo }: SendEmailInput,
): Promise<{ messageId: null | string }> {
  const answer: unknown = await transport.sendMail({
    from,
    to,
    ...(bcc?.length ? { bcc } : {}),
    replyTo,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    attachments: rendered.attachments?.map((attachment) => ({ ...attachment })),
    headers: rendered.kind ? { [templateHeader]: rendered.kind } : undefined,
  })
  const info = (answer && typeof answer === 'object' ? answer : {}) as { messageId?: unknown; rejected?: unknown[] }
  if (Array.isArray(info.rejected) && info.rejected.length) {
    throw new Error(`sendEmail: ${info.rejected.length} recipient(s) refused by the mail server`)
  }
  return { messageId: typeof info.messageId === 'string' && info.messageId ? info.messageId : null }
}
