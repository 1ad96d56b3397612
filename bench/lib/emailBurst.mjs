// Email rush (issue: every confirmation of a 1,000-payment burst leaves within 30 s of its
// payment, exactly once): a real SMTP server in this process, one app process running the
// background jobs (as the README deploys it), then a webhook burst of 1,000 payments; each
// confirmation's delay is measured from its booking's confirmation (the payment processed) to
// its arrival at the SMTP server. Each confirmation carries its invoice PDF, rendered from the
// frozen invoice and stored: the burst also counts the invoices issued, the PDFs stored and
// attached, and samples the job process's memory while it renders them.
import pg from 'pg'

import { rssKiB, serverPid } from './csvExport.mjs'
import { SMTPServer } from 'smtp-server'

import { webhookBurst } from './webhookBurst.mjs'

/** An SMTP server that keeps, per recipient, the times its messages arrived (nothing on disk). */
export const startSmtpSink = async () => {
  const arrivals = new Map()
  const withPdf = new Set()
  const connections = new Set()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let pdf = false
      // Only whether an application/pdf part passes by: nothing is kept.
      stream.on('data', (chunk) => {
        if (!pdf && chunk.includes('application/pdf')) pdf = true
      })
      stream.on('end', () => {
        connections.add(session.id)
        if (pdf) for (const to of session.envelope.rcptTo) withPdf.add(to.address)
        for (const to of session.envelope.rcptTo) arrivals.set(to.address, [...(arrivals.get(to.address) ?? []), Date.now()])
        callback()
      })
    },
  })
  server.on('error', () => {})
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address()
  return { arrivals, withPdf, close: () => new Promise((resolve) => server.close(() => resolve())), connections, url: `smtp://127.0.0.1:${port}` }
}

export const emailBurst = async ({ base, databaseUrl, emulator, eventId, sink, webhookSecret, workerRootPid, bookings = 1000 }) => {
  const pid = workerRootPid ? serverPid(workerRootPid) : null
  const rssBefore = pid ? rssKiB(pid) : 0
  let rssPeak = rssBefore
  const sampler = pid ? setInterval(() => (rssPeak = Math.max(rssPeak, rssKiB(pid))), 50) : null
  let burst
  try {
    burst = await webhookBurst({ bases: [base], bookings, databaseUrl, emulator, eventId, webhookSecret })
  } catch (error) {
    if (sampler) clearInterval(sampler)
    throw error
  }
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      `SELECT lower(buyer_email) AS email, (extract(epoch FROM confirmed_at) * 1000)::bigint AS confirmed FROM bookings WHERE city_event_id = $1 AND status = 'CONFIRMED'`,
      [eventId],
    )
    const buyers = new Map(rows.map((row) => [row.email, Number(row.confirmed)]))
    // Waits up to 90 s after the burst for every confirmation to arrive.
    const deadline = Date.now() + 90_000
    const arrived = () => [...buyers.keys()].filter((email) => sink.arrivals.has(email)).length
    while (arrived() < buyers.size && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
    if (sampler) clearInterval(sampler)
    const firstConfirmed = Math.min(...buyers.values())
    const lastArrival = Math.max(...[...buyers.keys()].map((email) => sink.arrivals.get(email)?.[0] ?? 0))
    const [documents] = (
      await client.query(
        `SELECT count(*)::int AS invoices, count(f.invoice_id)::int AS stored, count(DISTINCT i.number)::int AS numbers
         FROM invoices i JOIN bookings b ON b.id = i.booking_id LEFT JOIN ticketing_document_files f ON f.invoice_id = i.id
         WHERE b.city_event_id = $1 AND i.kind = 'INVOICE'`,
        [eventId],
      )
    ).rows
    const delays = []
    let duplicates = 0
    for (const [email, confirmed] of buyers) {
      const times = sink.arrivals.get(email) ?? []
      if (times.length > 1) duplicates += times.length - 1
      if (times.length) delays.push((times[0] - confirmed) / 1000)
    }
    delays.sort((a, b) => a - b)
    return {
      burst: burst.check,
      confirmed: buyers.size,
      delivered: delays.length,
      duplicates,
      maxDelaySeconds: delays.at(-1) ?? null,
      p50DelaySeconds: delays[Math.floor(delays.length / 2)] ?? null,
      within30s: delays.filter((d) => d <= 30).length,
      invoices: {
        attached: [...buyers.keys()].filter((email) => sink.withPdf.has(email)).length,
        issued: documents.invoices,
        // From the first payment confirmed to the last confirmation (with its PDF) at the SMTP server.
        allAttachedSeconds: lastArrival ? (lastArrival - firstConfirmed) / 1000 : null,
        distinctNumbers: documents.numbers,
        rssBeforeMiB: rssBefore / 1024,
        rssPeakMiB: rssPeak / 1024,
        stored: documents.stored,
      },
    }
  } finally {
    await client.end()
  }
}
