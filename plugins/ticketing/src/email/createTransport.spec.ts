import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMailTransport } from './createTransport'
import { sendEmail } from './sendEmail'
import { renderConfirmation } from './templates/confirmation'
import { emailFixtures } from './testing/emailFixtures'

const { booking, parisEvent, bookingUrl } = emailFixtures

describe('createMailTransport without SMTP', () => {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ticketing-mail-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes each message to <mailDir>/<timestamp>-<messageId>.eml and logs no personal data', async () => {
    const lines: string[] = []
    const mailDir = path.join(dir, 'nested', 'mail')
    const transport = createMailTransport({ smtpUrl: '', mailDir, log: (line) => lines.push(line) })
    const rendered = renderConfirmation({ booking, event: parisEvent, bookingUrl })
    const { messageId } = await sendEmail(transport, {
      from: 'Masterclass <billets@example.com>',
      to: booking.buyerEmail,
      rendered,
    })

    const files = await readdir(mailDir)
    expect(files).toHaveLength(1)
    const [file] = files as [string]
    expect(file).toMatch(/^\d{8}T\d{9}Z-.+\.eml$/)
    expect(file).toContain(String(messageId).replace(/[<>]/g, ''))

    const raw = await readFile(path.join(mailDir, file), 'utf8')
    expect(raw).toContain('To: camille@example.com')
    expect(raw).toContain('X-Ticketing-Template: confirmation')
    expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i)
    expect(raw).toMatch(/Content-Type: text\/html/)

    expect(lines).toEqual([`[ticketing:email] confirmation written to ${path.join(mailDir, file)}`])
    expect(lines[0]).not.toMatch(/camille|Camille|MC-7KQ2XD|Masterclass/)
  })

  it('refuses to be created with neither an SMTP URL nor a mail directory', () => {
    expect(() => createMailTransport({ smtpUrl: null, mailDir: null })).toThrow(/smtpUrl|mailDir/)
  })
})

describe('createMailTransport in production', () => {
  it('refuses to write mail to files unless asked for explicitly', () => {
    expect(() => createMailTransport({ mailDir: '/tmp/mail', production: true, smtpUrl: '' })).toThrow(/SMTP_URL.*EMAIL_TRANSPORT=file/)
    expect(() => createMailTransport({ mailDir: '/tmp/mail', production: true, smtpUrl: null, transport: '' })).toThrow(/not configured for production/)
  })

  it('writes to files with EMAIL_TRANSPORT=file, and sends over SMTP with SMTP_URL', () => {
    expect(createMailTransport({ mailDir: '/tmp/mail', production: true, transport: 'file' }).transporter.name).not.toBe('SMTP')
    expect(createMailTransport({ mailDir: '/tmp/mail', production: true, smtpUrl: 'smtp://127.0.0.1:2525' }).transporter.name).toBe('SMTP (pool)')
  })

  it('refuses an unknown transport, and smtp without a URL', () => {
    expect(() => createMailTransport({ mailDir: '/tmp/mail', transport: 'pigeon' })).toThrow(/smtp or file/)
    expect(() => createMailTransport({ mailDir: '/tmp/mail', transport: 'smtp' })).toThrow(/SMTP_URL/)
  })

  it('still writes to files in development without SMTP', () => {
    expect(() => createMailTransport({ mailDir: '/tmp/mail', smtpUrl: '' })).not.toThrow()
  })
})
