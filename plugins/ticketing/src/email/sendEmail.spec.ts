import { createServer, type AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMailTransport } from './createTransport'
import { sendEmail } from './sendEmail'
import { renderConfirmation } from './templates/confirmation'
import { emailFixtures } from './testing/emailFixtures'

const { booking, torontoEvent, bookingUrl } = emailFixtures

type Received = { from: string; to: string[]; raw: string }

/** A port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('sendEmail over SMTP', () => {
  const received: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refused@')) callback(new Error('550 No such user'))
      else callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  let port = 0

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    port = (server.server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('delivers a rendered confirmation with its calendar part to a real SMTP server', async () => {
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}` })
    const rendered = renderConfirmation({ booking: { ...booking, locale: 'en' }, event: torontoEvent, bookingUrl })
    try {
      const { messageId } = await sendEmail(transport, {
        from: 'Masterclass <billets@example.com>',
        to: booking.buyerEmail,
        rendered,
      })
      // The server answers 250 only after onData's callback: the message is already recorded.
      const message = received.find((entry) => entry.raw.includes(`Message-ID: ${messageId}`))
      if (!message) throw new Error(`message ${messageId} not received`)
      expect(message.from).toBe('billets@example.com')
      expect(message.to).toEqual(['camille@example.com'])
      expect(message.raw).toContain('Subject: Booking confirmed: Violin Masterclass (MC-7KQ2XD)')
      expect(message.raw).toContain('To: camille@example.com')
      expect(message.raw).toMatch(/Content-Type: text\/plain/)
      expect(message.raw).toMatch(/Content-Type: text\/html/)
      expect(message.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=PUBLISH/i)
      expect(message.raw).toMatch(/filename=MC-7KQ2XD\.ics/)
    } finally {
      transport.close()
    }
  })

  it('rejects when the server refuses a recipient, even if it accepts another', async () => {
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}` })
    const rendered = renderConfirmation({ booking, event: torontoEvent, bookingUrl })
    try {
      await expect(
        sendEmail(transport, { from: 'billets@example.com', to: 'refused@example.com', rendered }),
      ).rejects.toThrow()
      await expect(
        sendEmail(transport, { from: 'billets@example.com', to: ['refused@example.com', 'ok@example.com'], rendered }),
      ).rejects.toThrow(/1 recipient\(s\) refused/)
    } finally {
      transport.close()
    }
  })

  it('rejects when the SMTP server cannot be reached, so the job can retry', async () => {
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}` })
    const rendered = renderConfirmation({ booking, event: torontoEvent, bookingUrl })
    try {
      await expect(
        sendEmail(transport, { from: 'billets@example.com', to: booking.buyerEmail, rendered }),
      ).rejects.toMatchObject({ code: expect.stringMatching(/ECONNREFUSED|ESOCKET|ECONNECTION/) })
    } finally {
      transport.close()
    }
  })
})

describe('sendEmail through a host email adapter', () => {
  const rendered = renderConfirmation({ booking, event: torontoEvent, bookingUrl })
  /** A transport that hands the message on as a Payload email adapter does, answering `answer`. */
  const adapter = (answer: unknown) => {
    const sent: object[] = []
    return { sent, transport: { sendMail: async (message: object) => (sent.push(message), answer) } as unknown as Parameters<typeof sendEmail>[0] }
  }

  it('counts a send answered without nodemailer info (no message id) as sent, not as a failure to retry', async () => {
    for (const answer of [undefined, null, {}, { messageId: '' }, 'ok']) {
      const { sent, transport } = adapter(answer)
      await expect(sendEmail(transport, { from: 'billets@example.com', to: booking.buyerEmail, rendered })).resolves.toEqual({ messageId: null })
      expect(sent).toHaveLength(1)
    }
  })

  it('passes on the message id an adapter gives, and still rejects refused recipients', async () => {
    await expect(sendEmail(adapter({ messageId: '<1@x>' }).transport, { from: 'b@example.com', to: 'a@example.com', rendered })).resolves.toEqual({ messageId: '<1@x>' })
    await expect(sendEmail(adapter({ messageId: '<2@x>', rejected: ['a@example.com'] }).transport, { from: 'b@example.com', to: 'a@example.com', rendered })).rejects.toThrow(/refused/)
  })
})
