import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Transport } from 'nodemailer'
import { templateHeader } from './templateHeader'

export type FileSentMessageInfo = {
  envelope: { from: string | false; to: string[] }
  messageId: string
  /** Absolute path of the written `.eml` file. */
  path: string
}

/** `2027-03-12T08:00:00.123Z` → `20270312T080000123Z`: sortable and safe in file names. */
const fileTimestamp = (date: Date) => date.toISOString().replace(/[-:.]/g, '')

/**
 * A nodemailer transport for machines without SMTP: each message is written to
 * `<dir>/<timestamp>-<messageId>.eml` (open it with any mail client). Logs one
 * line with the template kind and the file path only: no address, name or subject.
 */
export function fileMailTransport(dir: string, log: (line: string) => void): Transport<FileSentMessageInfo> {
  const directory = path.resolve(dir)
  return {
    name: 'ticketing-file',
    version: '1.0.0',
    send(mail, callback) {
      const messageId = mail.message.messageId()
      const safeId = messageId.replace(/[^A-Za-z0-9.@_-]/g, '')
      const file = path.join(directory, `${fileTimestamp(new Date())}-${safeId}.eml`)
      const kind = String(mail.message.getHeader(templateHeader) || 'email').replace(/[^A-Za-z0-9_-]/g, '')
      mail.message
        .build()
        .then(async (raw) => {
          await mkdir(directory, { recursive: true })
          await writeFile(file, raw, { flag: 'wx' })
          log(`[ticketing:email] ${kind} written to ${file}`)
          const envelope = mail.message.getEnvelope()
          callback(null, { envelope, messageId, path: file })
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), undefined as never))
    },
  }
}
