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
    expect(file).toContain(messageId.replace(/[<>]/g, ''))

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
