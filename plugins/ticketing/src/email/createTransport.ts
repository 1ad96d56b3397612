import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import { fileMailTransport } from './fileMailTransport'

export type MailTransportOptions = {
  /** `smtp://user:pass@host:587` or `smtps://…`; when set, mail goes out over SMTP. */
  smtpUrl?: string | null
  /** Where `.eml` files are written when there is no SMTP URL (e.g. `.data/mail`). */
  mailDir?: string | null
  /** Log sink of the file transport; defaults to `console.info`. */
  log?: (line: string) => void
  /**
   * `file` writes mail to `mailDir` even in production (EMAIL_TRANSPORT=file); `smtp` requires
   * `smtpUrl`. Unset: SMTP when `smtpUrl` is given, else files.
   */
  transport?: null | string
  /** In production, mail is never written to files silently: SMTP or an explicit `file` is required. */
  production?: boolean
}

const MAIL_NOT_CONFIGURED =
  'Email is not configured for production: set SMTP_URL (e.g. smtp://user:pass@mail.example.com:587) to send mail, or EMAIL_TRANSPORT=file to write it to .data/mail on purpose.'

/**
 * Connection limits shorter than nodemailer's defaults (2 min / 30 s / 10 min)
 * so that a dead server fails the send quickly and the job layer can retry.
 * Query parameters of the URL override them.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }

/**
 * SMTP connections are pooled: a few stay open and carry message after message (no new TCP and
 * TLS handshake and greeting per email), at most `maxConnections` at once whatever the number of
 * email jobs running, each recycled after `maxMessages`. A rush of confirmations goes out over these
 * few connections. Query parameters of the URL override them too (e.g. `?maxConnections=2`).
 */
export const SMTP_POOL = { maxConnections: 10, maxMessages: 100, pool: true } as const

/**
 * The mail transport: pooled SMTP from `smtpUrl` when given, otherwise a transport
 * that writes each message to `<mailDir>/<timestamp>-<messageId>.eml` — in
 * production only when asked for explicitly (`transport: 'file'`).
 *
 * @throws Error when neither `smtpUrl` nor `mailDir` is given, when `transport` is unknown
 * or `smtp` without a URL, and in production without SMTP nor an explicit `file`.
 */
export function createMailTransport({ smtpUrl, mailDir, log = console.info, transport, production = false }: MailTransportOptions): Transporter {
  const url = smtpUrl?.trim()
  const mode = transport?.trim().toLowerCase() || null
  if (mode !== null && mode !== 'file' && mode !== 'smtp') throw new Error(`EMAIL_TRANSPORT is smtp or file, not "${transport}".`)
  if (mode === 'smtp' && !url) throw new Error('EMAIL_TRANSPORT=smtp needs SMTP_URL.')
  // The URL is parsed here: given as `url`, nodemailer would keep its settings and drop every other option.
  if (url && mode !== 'file') return nodemailer.createTransport({ ...SMTP_TIMEOUTS, ...SMTP_POOL, ...parseConnectionUrl(url) })
  if (production && mode !== 'file') throw new Error(MAIL_NOT_CONFIGURED)
  if (!mailDir?.trim()) throw new Error('createMailTransport: set smtpUrl, or mailDir to write emails to files')
  return nodemailer.createTransport(fileMailTransport(mailDir, log))
}
