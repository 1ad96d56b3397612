import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server for the test run. Each accepted message is written to `dir` as
 * `<time>-<n>-<connection id>.eml` (tests can count the connections that carried their mail),
 * its envelope (sender and every recipient, Bcc included) beside it as `<same>.envelope.json`;
 * while a file named `.down` exists in `dir`, it answers 451 (a temporary failure), so tests
 * can take "SMTP" down and up again. A recipient whose address holds `+bounce` is refused with
 * 550 and the address quoted, as real servers do (the error then lands in the email log).
 */
export const startSmtpCapture = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masterclass-mail-'))
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!address.address.includes('+bounce')) return callback()
      callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: mailbox unavailable`), { responseCode: 550 }))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (fs.existsSync(path.join(dir, '.down'))) {
          const error = Object.assign(new Error('Mail service temporarily unavailable'), { responseCode: 451 })
          return callback(error)
        }
        count += 1
        const name = `${Date.now()}-${count}-${session.id}`
        // The envelope beside the message: who it was delivered to, Bcc recipients included (no header names them).
        const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) }
        fs.writeFileSync(path.join(dir, `${name}.envelope.json`), JSON.stringify(envelope))
        fs.writeFileSync(path.join(dir, `${name}.eml`), Buffer.concat(chunks))
        callback()
      })
    },
  })
  // A client hanging up mid-session (a mail job killed with its worker) is not a test failure.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    dir,
    url: `smtp://127.0.0.1:${port}`,
  }
}
