import fs from 'node:fs'
import path from 'node:path'
import type { Transport } from 'nodemailer'

/**
 * A nodemailer transport for machines without SMTP: each message is written to
 * `<dir>/<time>-<id>.eml` (open it with any mail client) and its subject logged.
 */
export const fileTransport = (dir: string): Transport => ({
  name: 'file',
  version: '1.0.0',
  send(mail, callback) {
    const chunks: Buffer[] = []
    const stream = mail.message.createReadStream()
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('error', callback)
    stream.on('end', () => {
      fs.mkdirSync(dir, { recursive: true })
      const messageId = mail.message.messageId()
      const file = path.join(dir, `${Date.now()}-${messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`)
      fs.writeFileSync(file, Buffer.concat(chunks))
      console.log(`[mail] message written to ${file}`)
      callback(null, { envelope: mail.message.getEnvelope(), messageId } as never)
    })
  },
})
