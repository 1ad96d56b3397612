// TEST_DATABASE_URL=postgres://… npx tsx bench/checkInAndCertificates.ts [scans] [certificates]
// The door and the certificates on this machine, in one process through the site's real REST
// handlers (the functions Next serves under /api) on a fresh database:
// 1. 20 scanners at once, each scanning its own tickets in turn (every 5th scan a second scan of
//    the same ticket): the p99 of POST /ticketing/check-ins against the p99 of the trivial
//    GET /ticketing/health driven the same way (target ≤ 3×), and of the same endpoint signed in
//    (Payload's own JWT check and user lookup, which every scan pays before the plugin runs);
// 2. `certificates` attendees checked in on both days of an event that just ended: how long
//    issuing every certificate and emailing them (one PDF each, over SMTP to a local sink)
//    takes (target ≤ 2 minutes), and the heap and RSS along the way (target: flat).
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { createLocalReq, type Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { freshDatabase } from '../scripts/lib/freshDatabase.mjs'
import { dropPayloadDatabase } from '../tests/helpers/dropPayloadDatabase'

const SCANS = Number(process.argv[2] ?? 2000)
const CERTIFICATES = Number(process.argv[3] ?? 500)
const SCANNERS = 20
/** With `node --expose-gc --import tsx`: heap figures after a full collection. */
const { gc } = globalThis as { gc?: () => void }

let mails = 0
const smtp = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false, onData: (stream, _s, done) => stream.on('data', () => {}).on('end', () => ((mails += 1), done())) })
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
const db = await freshDatabase({ prefix: 'bench_checkin', server: process.env.TEST_DATABASE_URL })
Object.assign(process.env, {
  DATABASE_URL: db.url,
  EMAIL_FROM: 'Bench <bench@example.com>',
  PAYLOAD_SECRET: 'bench',
  SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
  STRIPE_SECRET_KEY: 'sk_test_bench',
  TICKETING_CAPTCHA: 'off',
  TICKETING_RUN_JOBS: 'false',
})
const { getPayload } = await import('payload')
const { default: config } = await import('../tests/helpers/testPayloadConfig')
const { rest } = await import('../tests/helpers/rest')
const { issueCertificates } = await import('../plugins/ticketing/src/operations/certificates/issueCertificates')
const { sanitizeConfig } = await import('../plugins/ticketing/src/sanitizeConfig')
const payload: Payload = await getPayload({ config })
const run = async (statement: ReturnType<typeof sql>) => ((await (payload.db as unknown as PostgresAdapter).drizzle.execute(statement)) as unknown as { rows: Record<string, unknown>[] }).rows

const p = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!
const fmt = (ms: number) => `${ms.toFixed(1)} ms`

/** A free event with `seats` attendees (bookings of 10) from buyers and addresses of its own (`tag`, 1 to 254). */
const eventWith = async (seats: number, tag: number) => {
  const event = await payload.create({ collection: 'city-events', data: { capacity: seats, city: 'Benchville', country: 'FR', currency: 'EUR', maxPerBooking: 10, regularPrice: 0, slug: `bench-${randomUUID().slice(0, 8)}`, startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), status: 'PUBLISHED', timezone: 'Europe/Paris', title: 'Bench', trainingHours: 14 } as never })
  for (let b = 0; b < seats / 10; b++) {
    const res = await rest('POST', '/ticketing/bookings', { body: { attendees: Array.from({ length: 10 }, (_, i) => ({ name: `Attendee ${b}-${i}` })), buyer: { email: `buyer-${tag}-${b}@example.com`, name: `Buyer ${b}` }, eventId: event.id, quantity: 10 }, headers: { 'X-Forwarded-For': `10.${b >> 8}.${b & 255}.${tag}` } })
    if (res.status !== 201) throw new Error(JSON.stringify(res.body))
  }
  return event.id as number
}

// One door-staff user per scanner (scans are rate-limited per user: 600 a minute).
const tokens: string[] = []
for (let s = 0; s < SCANNERS; s++) {
  const email = `bench-door-${s}@example.com`
  await payload.create({ collection: 'users', data: { email, password: 'bench-password', roles: ['checkin'] } as never })
  tokens.push((await rest('POST', '/users/login', { body: { email, password: 'bench-password' } })).body.token as string)
}

// 1. The door.
const doorEvent = await eventWith(Math.ceil((SCANS * 0.8) / 10) * 10, 1)
await run(sql`UPDATE city_events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '30 hours' WHERE id = ${doorEvent}`)
const secrets = (await run(sql`SELECT qr_secret FROM attendees WHERE city_event_id = ${doorEvent} ORDER BY id`)).map((r) => String(r.qr_secret))
const drive = async (call: (i: number, scanner: number) => Promise<unknown>, total: number) => {
  const times: number[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: SCANNERS }, async (_, scanner) => {
      for (let i = next++; i < total; i = next++) {
        const t = performance.now()
        await call(i, scanner)
        times.push(performance.now() - t)
      }
    }),
  )
  return times
}
await drive(() => rest('GET', '/ticketing/health'), 200)
const health = await drive(() => rest('GET', '/ticketing/health'), SCANS)
// The same trivial endpoint signed in as the scanners are: what Payload's sign-in check (a JWT and its user looked up) costs alone.
const signedIn = await drive((_, scanner) => rest('GET', '/ticketing/health', { token: tokens[scanner] }), SCANS)
const results: Record<string, number> = {}
const scans = await drive(async (i, scanner) => {
  const secret = secrets[i % 5 === 4 ? Math.floor(i / 5) * 4 : Math.floor(i / 5) * 4 + (i % 5)]!
  const res = await rest('POST', '/ticketing/check-ins', { body: { code: secret, deviceId: `scanner-${scanner}`, eventId: doorEvent, requestId: randomUUID() }, token: tokens[scanner] })
  results[res.body.result ?? res.status] = (results[res.body.result ?? res.status] ?? 0) + 1
}, SCANS)
console.log(`health p50 ${fmt(p(health, 0.5))} p99 ${fmt(p(health, 0.99))}`)
console.log(`check-in (${SCANNERS} scanners, ${SCANS} scans ${JSON.stringify(results)}) p50 ${fmt(p(scans, 0.5))} p99 ${fmt(p(scans, 0.99))}`)
console.log(`health signed in p50 ${fmt(p(signedIn, 0.5))} p99 ${fmt(p(signedIn, 0.99))}`)
console.log(`check-in p99 ÷ health p99 = ${(p(scans, 0.99) / p(health, 0.99)).toFixed(2)} (target ≤ 3); ÷ signed-in health p99 = ${(p(scans, 0.99) / p(signedIn, 0.99)).toFixed(2)}`)

// 2. Certificates.
const certEvent = await eventWith(CERTIFICATES, 2)
await run(sql`UPDATE city_events SET starts_at = date_trunc('day', now()) - interval '2 days' + interval '8 hours', ends_at = date_trunc('day', now()) - interval '1 day' + interval '16 hours' WHERE id = ${certEvent}`)
await run(sql`INSERT INTO check_ins (attendee_id, city_event_id, booking_id, day, checked_in_at)
  SELECT a.id, a.city_event_id, a.booking_id, to_char((e.starts_at AT TIME ZONE 'Europe/Paris')::date + d, 'YYYY-MM-DD'), now()
  FROM attendees a JOIN city_events e ON e.id = a.city_event_id CROSS JOIN generate_series(0, 1) AS d WHERE a.city_event_id = ${certEvent}`)
gc?.()
const heap: number[] = [process.memoryUsage().heapUsed]
const rss: number[] = [process.memoryUsage().rss]
let rssPeak = rss[0]!
const peakTimer = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50)
const started = performance.now()
const req = await createLocalReq({}, payload)
const issued = await issueCertificates({ config: sanitizeConfig({}, payload.config), key: { id: certEvent }, req })
const issuedMs = performance.now() - started
gc?.()
heap.push(process.memoryUsage().heapUsed)
rss.push(process.memoryUsage().rss)
const before = mails
for (;;) {
  const jobs = await run(sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND input->>'kind' = 'certificates' AND completed_at IS NULL LIMIT 20`)
  if (!jobs.length) break
  await Promise.all(jobs.map((job) => payload.jobs.runByID({ id: job.id as number })))
  gc?.()
  heap.push(process.memoryUsage().heapUsed)
  rss.push(process.memoryUsage().rss)
}
const totalMs = performance.now() - started
clearInterval(peakTimer)
const [{ n }] = (await run(sql`SELECT count(*)::int AS n FROM certificates WHERE city_event_id = ${certEvent} AND emailed_at IS NOT NULL`)) as [{ n: number }]
console.log(`certificates: ${issued.issued} issued in ${(issuedMs / 1000).toFixed(1)} s; ${n} emailed (${mails - before} emails) in ${(totalMs / 1000).toFixed(1)} s in all (target ≤ 120 s)`)
const mib = (b: number) => Math.round(b / 2 ** 20)
console.log(`heap (MiB) before, after issuing, then every 20 emails${gc ? ' after a full collection' : ''}: ${heap.map(mib).join(' ')}`)
console.log(`RSS (MiB) the same: ${rss.map(mib).join(' ')}; peak ${mib(rssPeak)}`)
smtp.close()
// Payload's pool keeps a client checked out for good: the drop closes it, and the pool is told to expect that.
await dropPayloadDatabase(payload, db)
process.exit(0)
