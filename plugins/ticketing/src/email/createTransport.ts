import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import { fileMailTransport } from './fileMailTransport'

export type MailTransportOptions = {
  /** `smtp://user:pass@host:587` or `smtps://…`; when set, mail goes out over SMTP. */
  smtpUrl?: string | null
  /** Where `.eml` files are written when there is no SMTP URL (e.g. `.data/mail`). */
  mailDir?: string | null
  /** Log sink of the file transport; defaults to `console.info`. */
  log?: (line: string) => void
}

/**
 * Connection limits shorter than nodemailer's defaults (2 min / 30 s / 10 min)
 * so that a dead server fails the send quickly and the job layer can retry.
 * Query parameters of the URL override them.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }

/**
 * The mail transport: SMTP from `smtpUrl` when given, otherwise a transport
 * that writes each message to `<mailDir>/<timestamp>-<messageId>.eml`.
 *
 * @throws Error when neither `smtpUrl` nor `mailDir` is given.
 */
export function createMailTransport({ smtpUrl, mailDir, log = console.info }: MailTransportOptions): Transporter {
  const url = smtpUrl?.trim()
  if (url) return nodemailer.createTransport({ ...SMTP_TIMEOUTS, url })
  if (!mailDir?.trim()) throw new Error('createMailTransport: set smtpUrl, or mailDir to write emails to files')
  return nodemailer.createTransport(fileMailTransport(mailDir, log))
}
