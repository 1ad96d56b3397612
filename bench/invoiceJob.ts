// npx tsx bench/invoiceJob.ts [count] — the job process of a payment rush, without the HTTP part.
// Issues `count` invoices (default 1,000) to confirmed bookings of a French seller (Factur-X)
// and queues their confirmation emails, as confirmed payments do; then starts a process that
// runs the background jobs (TICKETING_RUN_JOBS=true, the site's own schedule) against a real
// SMTP server in this process, and measures until every PDF is stored and every confirmation
// (with its PDF) has arrived: the time, and that process's memory (RSS at start, peak, end).
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, getPayload } from 'payload'

import { createBenchDatabase } from './lib/database.mjs'
import { rssKiB } from './lib/csvExport.mjs'
import { startSmtpSink } from './lib/emailBurst.mjs'

const worker = process.argv.includes('--worker')
process.env.PAYLOAD_SECRET ||= 'bench-invoice-job-secret-0123456789abcdef'
process.env.TICKETING_CAPTCHA = 'off'

// The site's change listener reconnects while the run's database is dropped at the end: not a failure of the run.
process.on('uncaughtException', (error: Error & { code?: string }) => {
  if (error.code === '57P01') return
  console.error(error)
  process.exit(1)
})

if (worker) {
  // The job process: the site's Payload with its schedule running; the parent stops it.
  const { default: config } = await import('../payload.config')
  await getPayload({ config, cron: true })
  // Ended by the parent; exiting (rather than dying of the signal) lets --cpu-prof write its profile.
  process.once('SIGINT', () => process.exit(0))
  if (process.env.BENCH_MEMORY_LOG) {
    const mib = (n: number) => Math.round(n / 2 ** 20)
    setInterval(() => {
      const m = process.memoryUsage()
      console.log(`[job process] rss ${mib(m.rss)} heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} external ${mib(m.external)} buffers ${mib(m.arrayBuffers)} MiB`)
    }, 1000).unref()
  }
  process.send?.('ready')
} else {
  const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 1000)
  const db = await createBenchDatabase()
  const sink = await startSmtpSink()
  process.env.DATABASE_URL = db.url
  process.env.TICKETING_RUN_JOBS = 'false'
  const { default: config } = await import('../payload.config')
  const { findBookingById } = await import('../plugins/ticketing/src/db/bookings/findBookingById')
  const { withTransaction } = await import('../plugins/ticketing/src/db/core/withTransaction')
  const { issueInvoice } = await import('../plugins/ticketing/src/operations/invoices/issueInvoice')
  const { queueEmail } = await import('../plugins/ticketing/src/operations/email/queueEmail')
  const payload = await getPayload({ config })
  const execute = async (query: ReturnType<typeof sql>) =>
    ((await payload.db.drizzle.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows
  try {
    const seller = await payload.create({
      collection: 'sellers',
      data: {
        address: { city: 'Paris', country: 'FR', line1: '12 rue de la Paix', postalCode: '75002' },
        creditNotePrefix: 'BAV',
        email: 'factures@example.fr',
        invoicePrefix: 'BFA',
        legalForm: 'SAS',
        name: 'Bench Formation',
        registrationNumber: '85234567800012',
        registryCity: 'Paris',
        shareCapital: '10 000 €',
        taxes: [{ name: 'TVA', ratePercent: '20' }],
        timezone: 'Europe/Paris',
        vatNumber: 'FR64852345678',
      } as never,
    })
    const event = await payload.create({
      collection: 'city-events',
      data: {
        capacity: count,
        city: 'Paris',
        country: 'FR',
        currency: 'EUR',
        regularPrice: 45000,
        seller: seller.id,
        slug: `bench-invoices-${randomUUID().slice(0, 8)}`,
        startsAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
        status: 'PUBLISHED',
        timezone: 'Europe/Paris',
        title: 'Masterclass ACT — Paris',
      } as never,
    })
    const rows = await execute(
      sql`INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total,
            amount_refunded, buyer_name, buyer_email, locale, expires_at, confirmed_at, payment_intent_id)
          SELECT 'BINV' || g, ${event.id}, 'CONFIRMED', 'PAID', 'REGULAR', 1, 'EUR', 45000, 45000, 0, 45000, 0, 'Buyer ' || g,
            'invoice-' || g || '@example.com', (CASE WHEN g % 2 = 0 THEN 'en' ELSE 'fr' END)::enum_bookings_locale, now(), now(), 'pi_bench_invoice_' || g
          FROM generate_series(1, ${count}) g RETURNING id`,
    )
    await execute(sql`INSERT INTO attendees (booking_id, city_event_id, name, position, ticket_code)
      SELECT id, city_event_id, buyer_name, 1, 'TK' || id FROM bookings WHERE city_event_id = ${event.id}`)
    const seeded = performance.now()
    for (const row of rows) {
      const req = await createLocalReq({}, payload)
      await withTransaction(req, async () => {
        const booking = await findBookingById(req, Number(row.id), { forUpdate: true })
        await issueInvoice(req, booking!, { paidAt: new Date().toISOString(), source: `pi_bench_invoice_${row.id}` })
        await queueEmail(req, { bookingId: Number(row.id), kind: 'confirmation' })
      })
    }
    console.log(`${count} invoices issued and confirmations queued in ${((performance.now() - seeded) / 1000).toFixed(1)} s`)

    // BENCH_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the job process.
    const child = spawn(process.execPath, [...(process.env.BENCH_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', 'bench/invoiceJob.ts', '--worker'], {
      env: { ...process.env, EMAIL_TRANSPORT: 'smtp', SMTP_URL: sink.url, TICKETING_RUN_JOBS: 'true' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    await new Promise((resolve, reject) => {
      child.once('message', resolve)
      child.once('exit', (code) => reject(new Error(`the job process exited with ${code}`)))
    })
    const started = performance.now()
    const rssStart = rssKiB(child.pid)
    let rssPeak = rssStart
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssKiB(child.pid))), 50)
    const stored = async () => Number((await execute(sql`SELECT count(*)::int AS n FROM ticketing_document_files`))[0].n)
    const attached = () => [...sink.withPdf].filter((to) => /^invoice-\d+@example\.com$/.test(to)).length
    const deadline = Date.now() + 300_000
    let storedCount = 0
    while (Date.now() < deadline) {
      storedCount = await stored()
      if (storedCount >= count && attached() >= count) break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const seconds = (performance.now() - started) / 1000
    clearInterval(sampler)
    const rssEnd = rssKiB(child.pid)
    const copies = sink.arrivals.get('factures@example.fr')?.length ?? 0
    console.log(
      `job process: ${storedCount} PDFs stored, ${attached()} confirmations with their PDF (${copies} seller copies) in ${seconds.toFixed(1)} s; ` +
        `RSS start ${Math.round(rssStart / 1024)} MiB, peak ${Math.round(rssPeak / 1024)} MiB, end ${Math.round(rssEnd / 1024)} MiB`,
    )
    child.kill('SIGINT')
    await new Promise((resolve) => child.once('exit', resolve))
  } catch (error) {
    console.error(error)
    process.exitCode = 1
  } finally {
    await payload.destroy()
    await sink.close()
    await db.drop()
  }
  process.exit()
}
