import type { Transporter } from 'nodemailer'
import { templateHeader } from './templateHeader'
import type { RenderedEmail } from './types'

export type SendEmailInput = {
  /** `"Name" <address>` or a bare address. */
  from: string
  to: string | string[]
  rendered: RenderedEmail
  replyTo?: string
}

/**
 * Sends a rendered email (text + HTML + attachments) through `transport`.
 * Rejects when the transport fails or any recipient is refused, so that the
 * calling job can retry.
 */
export async function sendEmail(
  transport: Transporter,
  { from, to, rendered, replyTo }: SendEmailInput,
): Promise<{ messageId: string }> {
  const info: { messageId?: unknown; rejected?: unknown[] } = await transport.sendMail({
    from,
    to,
    replyTo,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    attachments: rendered.attachments?.map((attachment) => ({ ...attachment })),
    headers: rendered.kind ? { [templateHeader]: rendered.kind } : undefined,
  })
  if (info.rejected?.length) {
    throw new Error(`sendEmail: ${info.rejected.length} recipient(s) refused by the mail server`)
  }
  if (typeof info.messageId !== 'string' || !info.messageId) {
    throw new Error('sendEmail: the transport returned no message id')
  }
  return { messageId: info.messageId }
}
