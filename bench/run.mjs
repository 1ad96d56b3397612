// npm run bench — the performance targets of docs/architecture.md on this machine, against the production build.
// The machine's speed swings from run to run, so every target is a ratio to a baseline measured
// in the same run (raw SQL through `pg`, a trivial Payload endpoint, PostgreSQL's own COPY).
// Each load phase runs BENCH_ROUNDS times (default 2): the table shows the median and the
// spread, ratios first, absolute figures second; the results are written as JSON to
// bench/results/ and compared with the previous run's.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { createAdmin, createEvent, createPromoCode } from './lib/api.mjs'
import { createBenchDatabase } from './lib/database.mjs'
import { startEmulatorProcess } from './lib/emulator.mjs'
import { loadBookings, loadBookingsAcross, loadPage, loadQuotes } from './lib/load.mjs'
import { loadPoisson } from './lib/poisson.mjs'
import { rawHoldCeiling } from './lib/rawSql.mjs'
import { ensureBuild, startServer } from './lib/server.mjs'
import { webhookBurst } from './lib/webhookBurst.mjs'
import { emailBurst, startSmtpSink } from './lib/emailBurst.mjs'
import { measureExport, seedBookings } from './lib/csvExport.mjs'
import { runLighthouse, seedDemo } from './lib/lighthouse.mjs'

const CONNECTIONS = 50
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 2)
const PORT = Number(process.env.BENCH_PORT || 3210)
const QUOTE_RATE = Number(process.env.BENCH_QUOTE_RATE || 400)
const RESULTS = path.resolve('bench/results')
// `npm run bench -- lighthouse` (or BENCH_ONLY=lighthouse) runs only the Lighthouse phase;
// `npm run bench -- load` only the load phases; `npm run bench -- pages` only the site's pages.
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--')) || process.env.BENCH_ONLY || null

// `npm run bench -- door [scans] [certificates]`: the door and the certificates alone
// (bench/checkInAndCertificates.ts: one process through the site's REST handlers, no build, no server).
if (only === 'door') {
  const { spawnSync } = await import('node:child_process')
  const server = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL
  const extra = process.argv.slice(2).filter((arg) => !arg.startsWith('--') && arg !== 'door')
  const door = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/checkInAndCertificates.ts', ...extra], {
    env: { ...process.env, ...(server ? { TEST_DATABASE_URL: server } : {}) },
    stdio: 'inherit',
  })
  process.exit(door.status ?? 1)
}

// Whatever has started is stopped on the way out, Ctrl-C included: servers, emulator, database.
const cleanups = []
const cleanUp = async () => {
  for (const step of cleanups.splice(0).reverse()) await step().catch((error) => console.error('[bench] cleanup:', error.message))
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanUp().finally(() => process.exit(130)))

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
  if (!sorted.length) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** One measure over the rounds: its values, median and spread (max ÷ min − 1). */
const summarise = (values) => {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v))
  const lo = Math.min(...numbers)
  const hi = Math.max(...numbers)
  return { max: hi, median: median(numbers), min: lo, spread: lo > 0 ? hi / lo - 1 : null, values }
}

const WEBHOOK_SECRET = 'whsec_bench'
const serverEnv = (emulatorUrl) => ({
  STRIPE_API_BASE_URL: emulatorUrl,
  STRIPE_PUBLISHABLE_KEY: 'pk_test_bench',
  STRIPE_SECRET_KEY: 'sk_test_bench',
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  TICKETING_CAPTCHA: 'off',
})

await ensureBuild()
const db = await createBenchDatabase()
cleanups.push(() => db.drop())
console.log(`[bench] database: ${db.where}`)
const emulator = await startEmulatorProcess({ webhookSecret: WEBHOOK_SECRET })
cleanups.push(() => emulator.close())
const server = await startServer({ databaseUrl: db.url, env: serverEnv(emulator.url), port: PORT })
cleanups.push(() => server.stop())

/** Per round, the raw figures of every phase (written to the JSON as they are). */
const rounds = []
/** Per round, the trivial endpoint and each page under the same load. */
const pageRounds = []
/** Per round of `bench -- promo`: holds without and with a promo code. */
const promoRounds = []
const lighthouseResults = []

const sql = async (text, values) => {
  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

/** Seats taken beyond capacity on an event, by the counters, the bookings and the 201 answers. */
const oversoldOn = async (eventId, sold) => {
  const [check] = await sql(
    `SELECT e.capacity::int, (e.seats_held + e.seats_confirmed)::int AS taken,
       (SELECT count(*)::int FROM bookings b WHERE b.city_event_id = e.id) AS bookings FROM city_events e WHERE e.id = $1`,
    [eventId],
  )
  return { ...check, oversold: Math.max(0, check.taken - check.capacity, check.bookings - check.capacity, sold - check.capacity) }
}

/** The site's pages measured under load (cached pages), on the demo content. */
const PAGES = [
  { key: 'eventPage', name: 'event page /fr/events/paris-2027', path: '/fr/events/paris-2027' },
  { key: 'home', name: 'home /fr', path: '/fr' },
  { key: 'bookingForm', name: 'booking form /fr/book/paris-2027', path: '/fr/book/paris-2027' },
]

try {
  // The demo content (tour, home page, FAQ) that the page loads and Lighthouse visit.
  await seedDemo({ databaseUrl: db.url })
  // `npm run bench -- promo`: holds with a promo code against holds without, alone (both on fresh hot events, alternating).
  if (only === 'promo') {
    const token = await createAdmin(server.base)
    await createPromoCode(server.base, token, 'BENCH-PROMO')
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`[bench] promo round ${round} of ${ROUNDS}`)
      const plainEvent = await createEvent(server.base, token, { capacity: 1_000_000, slug: `bench-plain-${round}` })
      const promoEvent = await createEvent(server.base, token, { capacity: 1_000_000, slug: `bench-promo-${round}` })
      await loadBookings({ base: server.base, connections: CONNECTIONS, duration: 3, eventId: plainEvent.id })
      await loadBookings({ base: server.base, connections: CONNECTIONS, duration: 3, eventId: promoEvent.id, promoCode: 'BENCH-PROMO' })
      // Odd rounds measure the plain holds first, even rounds the promo holds first: whatever the
      // first phase leaves behind (autovacuum of its bookings, say) weighs on each side in turn.
      const plain = () => loadBookings({ base: server.base, connections: CONNECTIONS, duration: SECONDS, eventId: plainEvent.id })
      const promo = () => loadBookings({ base: server.base, connections: CONNECTIONS, duration: SECONDS, eventId: promoEvent.id, promoCode: 'BENCH-PROMO' })
      const promoFirst = round % 2 === 0
      const first = await (promoFirst ? promo() : plain())
      const second = await (promoFirst ? plain() : promo())
      const [holds, holdsPromo] = promoFirst ? [second, first] : [first, second]
      promoRounds.push({ holds, holdsPromo, promoFirst, round })
    }
  }
  if (!only || only === 'load') {
    const token = await createAdmin(server.base)
    const event = (slug, capacity) => createEvent(server.base, token, { capacity, slug })
    // The second app process on the same database (the scale-out path), started once.
    const second = await startServer({ databaseUrl: db.url, env: serverEnv(emulator.url), port: PORT + 1 })
    cleanups.push(() => second.stop())
    const both = [server.base, second.base]
    // The process that runs the background jobs (email included), as the README deploys it:
    // the others answer requests with TICKETING_RUN_JOBS=false. Its mail goes to a real SMTP
    // server in this process.
    const sink = await startSmtpSink()
    cleanups.push(() => sink.close())
    const worker = await startServer({
      databaseUrl: db.url,
      env: { ...serverEnv(emulator.url), EMAIL_TRANSPORT: 'smtp', SMTP_URL: sink.url, TICKETING_RUN_JOBS: 'true' },
      port: PORT + 2,
    })
    cleanups.push(() => worker.stop())
    const exportEvent = await event('bench-export', 200_000)
    await seedBookings({ count: 100_000, databaseUrl: db.url, eventId: exportEvent.id })
    // The bulk load settled before anything is measured: statistics, visibility map and dirty
    // pages written, so the first round does not pay for the seeding (autovacuum, checkpoint).
    await sql('VACUUM (ANALYZE) bookings, attendees')
    await sql('CHECKPOINT').catch(() => {})

    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`[bench] round ${round} of ${ROUNDS}`)
      const hot = await event(`bench-hot-${round}`, 1_000_000)
      const rawEvent = await event(`bench-raw-${round}`, 1_000_000)
      const sellout = await event(`bench-sellout-${round}`, 2000)
      const hot2 = await event(`bench-hot2-${round}`, 1_000_000)
      const sellout2 = await event(`bench-sellout2-${round}`, 2000)

      // Warm-up (JIT, prepared statements, connection pools) on every path measured next.
      await loadBookings({ base: server.base, connections: CONNECTIONS, duration: 3, eventId: hot.id })
      await loadQuotes({ base: server.base, connections: CONNECTIONS, duration: 2, eventId: hot.id })
      await loadQuotes({ base: server.base, connections: CONNECTIONS, duration: 2, path: '/api/ticketing/health' })
      const holds = await loadBookings({ base: server.base, connections: CONNECTIONS, duration: SECONDS, eventId: hot.id })
      // The same holds, each with a promo code (counted against its limit in the hold statement).
      if (round === 1) await createPromoCode(server.base, token, 'BENCH-PROMO')
      const hotPromo = await event(`bench-hot-promo-${round}`, 1_000_000)
      await loadBookings({ base: server.base, connections: CONNECTIONS, duration: 3, eventId: hotPromo.id, promoCode: 'BENCH-PROMO' })
      const holdsPromo = await loadBookings({ base: server.base, connections: CONNECTIONS, duration: SECONDS, eventId: hotPromo.id, promoCode: 'BENCH-PROMO' })
      const trivial = await loadQuotes({ base: server.base, connections: CONNECTIONS, duration: SECONDS, path: '/api/ticketing/health' })

      const raw = await rawHoldCeiling({ concurrency: CONNECTIONS, databaseUrl: db.url, eventId: rawEvent.id, poolSize: 10, seconds: SECONDS })
      // The export is measured before the webhook bursts, whose emails the job process sends afterwards.
      const exported = await measureExport({ base: server.base, databaseUrl: db.url, eventId: exportEvent.id, serverRootPid: server.pid, token })
      const rush = await loadBookings({ amount: 5000, base: server.base, connections: CONNECTIONS, eventId: sellout.id })
      const rushCheck = await oversoldOn(sellout.id, rush.ok)
      const quotes = await loadPoisson({
        base: server.base,
        clients: CONNECTIONS,
        path: () => `/api/ticketing/events/${hot.id}/quote?quantity=${1 + Math.floor(Math.random() * 4)}`,
        rate: QUOTE_RATE,
        seconds: SECONDS,
      })
      const quotesSaturated = await loadQuotes({ base: server.base, connections: CONNECTIONS, duration: SECONDS, eventId: hot.id })
      // The webhook path of both answering processes warmed first (a burst of 100 payments), right
      // before the measured bursts so that its background work does not fall on other phases.
      const warmBurst = await event(`bench-warm-burst-${round}`, 1000)
      await webhookBurst({ bases: both, bookings: 100, databaseUrl: db.url, emulator, eventId: warmBurst.id, webhookSecret: WEBHOOK_SECRET })
      const burstEvent = await event(`bench-burst-${round}`, 5000)
      const burst = await webhookBurst({ bases: [server.base], databaseUrl: db.url, emulator, eventId: burstEvent.id, webhookSecret: WEBHOOK_SECRET })

      // Two processes, one database: holds, a sell-out rush and a webhook burst spread over both.
      const holds2 = await loadBookingsAcross({ bases: both, connections: CONNECTIONS, duration: SECONDS, eventId: hot2.id })
      const rush2 = await loadBookingsAcross({ amount: 5000, bases: both, connections: CONNECTIONS, eventId: sellout2.id })
      const rush2Check = await oversoldOn(sellout2.id, rush2.ok)
      const burst2Event = await event(`bench-burst2-${round}`, 5000)
      const burst2 = await webhookBurst({ bases: both, databaseUrl: db.url, emulator, eventId: burst2Event.id, webhookSecret: WEBHOOK_SECRET })

      // 1,000 payments at once: each confirmation email must reach the SMTP server within 30 s.
      const emailEvent = await event(`bench-email-${round}`, 5000)
      const emails = await emailBurst({ base: server.base, databaseUrl: db.url, emulator, eventId: emailEvent.id, sink, webhookSecret: WEBHOOK_SECRET, workerRootPid: worker.pid })

      rounds.push({ burst, burst2, emails, exported, holds, holds2, holdsPromo, quotes, quotesSaturated, raw, round, rush, rush2, rush2Check, rushCheck, trivial })
    }
  }
  if (!only || only === 'pages') {
    // The site's pages under load, each against the trivial endpoint measured right before it.
    await loadQuotes({ base: server.base, connections: CONNECTIONS, duration: 2, path: '/api/ticketing/health' })
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`[bench] pages, round ${round} of ${ROUNDS}`)
      const measured = { trivial: await loadQuotes({ base: server.base, connections: CONNECTIONS, duration: SECONDS, path: '/api/ticketing/health' }) }
      for (const page of PAGES) {
        // Warmed first: its first visit renders and caches it.
        await loadPage({ base: server.base, connections: CONNECTIONS, duration: 2, path: page.path })
        measured[page.key] = await loadPage({ base: server.base, connections: CONNECTIONS, duration: SECONDS, path: page.path })
      }
      pageRounds.push(measured)
    }
  }
  if (!only || only === 'lighthouse') {
    const pages = [
      { name: 'home /fr', url: `${server.base}/fr` },
      { name: 'event page /fr/events/paris-2027', url: `${server.base}/fr/events/paris-2027` },
      { name: 'booking form /fr/book/paris-2027', url: `${server.base}/fr/book/paris-2027` },
    ]
    lighthouseResults.push(...(await runLighthouse({ pages, runs: Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3) })))
  }
} finally {
  await cleanUp()
}

// ── The table ────────────────────────────────────────────────────────────────────────────────
const over = (pick) => summarise(rounds.map(pick))
const fmt = (n, d = 0) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d))
const spreadText = (s) => (rounds.length > 1 && s.spread !== null ? ` (±${fmt((s.spread * 100) / 2, 0)} %)` : '')
const rows = []
/** A ratio row: value = median over rounds; ok when it meets `target` ({ min } or { max }). */
const ratio = (name, s, target, extra = '') => {
  const ok = s.median === null ? false : target.min !== undefined ? s.median >= target.min : s.median <= target.max
  const targetText = target.min !== undefined ? `≥ ${target.min}` : `≤ ${target.max}`
  rows.push({ measure: name, ok, result: `${fmt(s.median, 2)}${spreadText(s)}${extra}`, target: targetText, value: s })
}
const check = (name, result, target, ok) => rows.push({ measure: name, ok, result, target })
const info = (name, result, target = '') => rows.push({ measure: name, ok: null, result, target })

if (promoRounds.length) {
  const promo = summarise(promoRounds.map((r) => r.holdsPromo.okPerSecond / r.holds.okPerSecond))
  ratio('holds with a promo code ÷ holds without, 50 clients', promo, { min: 0.8 })
  info('  holds without / with a promo code', `${fmt(median(promoRounds.map((r) => r.holds.okPerSecond)))} / ${fmt(median(promoRounds.map((r) => r.holdsPromo.okPerSecond)))} bookings/s, p99 ${fmt(median(promoRounds.map((r) => r.holds.p99)))} / ${fmt(median(promoRounds.map((r) => r.holdsPromo.p99)))} ms`)
}
if (rounds.length) {
  ratio('holds ÷ raw-SQL ceiling (same txn through pg), 50 clients', over((r) => r.holds.okPerSecond / r.raw.perSecond), { min: 0.5 })
  ratio('  holds p99 ÷ raw-SQL p99', over((r) => r.holds.p99 / r.raw.p99), { max: 3 })
  ratio('holds with a promo code ÷ holds without, 50 clients', over((r) => r.holdsPromo.okPerSecond / r.holds.okPerSecond), { min: 0.8 })
  ratio('holds ÷ trivial Payload endpoint, same load', over((r) => r.holds.okPerSecond / r.trivial.okPerSecond), { min: 0.6 })
  ratio('webhook burst, invoices issued ÷ trivial endpoint (answered events/s)', over((r) => r.burst.eventsPerSecond / r.trivial.okPerSecond), { min: 0.6 })
  ratio('CSV export of 100,000 bookings ÷ COPY … TO STDOUT', over((r) => r.exported.seconds / r.exported.copySeconds), { max: 3 })
  ratio('quote ÷ trivial endpoint, saturated', over((r) => r.quotesSaturated.okPerSecond / r.trivial.okPerSecond), { min: 0.85 })

  const all = (pick) => rounds.every(pick)
  check('oversold seats (rush of 5,000 for 2,000 seats; 1 and 2 processes)', rounds.map((r) => `${r.rushCheck.oversold} / ${r.rush2Check.oversold}`).join(', '), '0', all((r) => r.rushCheck.oversold === 0 && r.rush2Check.oversold === 0))
  check(
    'webhook burst: each booking confirmed, paid, in the ledger and emailed exactly once (1 and 2 processes)',
    rounds.map((r) => `${JSON.stringify(r.burst.check)} / ${JSON.stringify(r.burst2.check)}`).join(', '),
    'all equal',
    all((r) => r.burst.exactlyOnce && r.burst2.exactlyOnce),
  )
  const burstSettled = over((r) => Math.max(r.burst.settledSeconds ?? Infinity, r.burst2.settledSeconds ?? Infinity))
  check('  last confirmation after the burst began', `${fmt(burstSettled.max, 1)} s`, '≤ 10 s', burstSettled.max <= 10)
  check(
    'email rush: 1,000 payments, each confirmation at the SMTP server within 30 s, exactly once',
    rounds.map((r) => `${r.emails.within30s} / ${r.emails.confirmed} in ≤ 30 s, slowest ${fmt(r.emails.maxDelaySeconds, 1)} s, ${r.emails.duplicates} twice`).join(', '),
    'all, 0 twice',
    all((r) => r.emails.confirmed === 1000 && r.emails.within30s === 1000 && r.emails.duplicates === 0),
  )
  check(
    'invoices: 1,000 issued (distinct numbers), PDFs rendered, stored and attached within 60 s',
    rounds.map((r) => `${r.emails.invoices.issued} issued, ${r.emails.invoices.distinctNumbers} numbers, ${r.emails.invoices.stored} stored, ${r.emails.invoices.attached} attached, all in ${fmt(r.emails.invoices.allAttachedSeconds, 1)} s`).join(', '),
    '1,000 each, ≤ 60 s',
    all((r) => r.emails.invoices.issued === 1000 && r.emails.invoices.distinctNumbers === 1000 && r.emails.invoices.stored === 1000 && r.emails.invoices.attached === 1000 && r.emails.invoices.allAttachedSeconds <= 60),
  )
  check('  job process memory while rendering them', rounds.map((r) => `RSS ${fmt(r.emails.invoices.rssBeforeMiB)} → peak ${fmt(r.emails.invoices.rssPeakMiB)} MiB`).join(', '), '< +150 MiB', all((r) => r.emails.invoices.rssPeakMiB - r.emails.invoices.rssBeforeMiB < 150))
  check('CSV export: server memory flat', rounds.map((r) => `RSS ${fmt(r.exported.rssBeforeMiB)} → peak ${fmt(r.exported.peakMiB)} MiB`).join(', '), '< +150 MiB', all((r) => r.exported.rows === 100_000 && r.exported.peakMiB - r.exported.rssBeforeMiB < 150))
  const errors = rounds.reduce((n, r) => n + r.holds.errors + r.quotesSaturated.errors + r.trivial.errors + r.holds2.errors, 0)
  check('transport errors / timeouts', String(errors), '0', errors === 0)

  info(`absolute figures (${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB), median of ${rounds.length}:`, '')
  const holds = over((r) => r.holds.okPerSecond)
  check('  booking holds, 1 hot event, 50 clients (target)', `${fmt(holds.median)} bookings/s${spreadText(holds)}, p99 ${fmt(over((r) => r.holds.p99).median)} ms`, '≥ 400/s, p99 ≤ 250 ms', holds.median >= 400 && over((r) => r.holds.p99).median <= 250)
  info('  raw-SQL ceiling (UPDATE+INSERT txn, pg, pool 10)', `${fmt(over((r) => r.raw.perSecond).median)} txn/s, p99 ${fmt(over((r) => r.raw.p99).median)} ms`, 'baseline')
  info('  trivial Payload endpoint (SELECT 1), 50 clients', `${fmt(over((r) => r.trivial.okPerSecond).median)} req/s, p99 ${fmt(over((r) => r.trivial.p99).median)} ms`, 'baseline')
  info('  2 processes on one database: holds', `${fmt(over((r) => r.holds2.okPerSecond).median)} bookings/s, p99 ${fmt(over((r) => r.holds2.p99).median)} ms (${fmt(over((r) => r.holds2.okPerSecond / r.holds.okPerSecond).median, 2)} × 1 process)`)
  const quoteP99 = over((r) => r.quotes.p99)
  check(`  quote, ${QUOTE_RATE} req/s arriving at random, 50 clients (target)`, `p50 ${fmt(over((r) => r.quotes.p50).median, 1)} ms, p99 ${fmt(quoteP99.median, 1)} ms`, 'p99 ≤ 20 ms', quoteP99.median <= 20 && all((r) => r.quotes.dropped === 0))
  info('  quote, saturated', `${fmt(over((r) => r.quotesSaturated.okPerSecond).median)} req/s, p99 ${fmt(over((r) => r.quotesSaturated.p99).median)} ms`)
  info('  webhook burst, 1 / 2 processes', `${fmt(over((r) => r.burst.eventsPerSecond).median)} / ${fmt(over((r) => r.burst2.eventsPerSecond).median)} events/s`)
  info('  CSV export / COPY', `${fmt(over((r) => r.exported.seconds).median, 1)} s / ${fmt(over((r) => r.exported.copySeconds).median, 1)} s, ${fmt(rounds[0].exported.bytes / 1048576, 1)} MiB`)
}
if (pageRounds.length) {
  const overPages = (pick) => summarise(pageRounds.map(pick))
  const spreadOf = (s) => (pageRounds.length > 1 && s.spread !== null ? ` (±${fmt((s.spread * 100) / 2, 0)} %)` : '')
  for (const page of PAGES) {
    const s = overPages((r) => r[page.key].okPerSecond / r.trivial.okPerSecond)
    rows.push({ measure: `${page.name} ÷ trivial endpoint, 50 clients`, ok: s.median >= 0.5, result: `${fmt(s.median, 2)}${spreadOf(s)}`, target: '≥ 0.5', value: s })
  }
  const notOk = (x) => x.errors + Object.entries(x.codes).reduce((n, [code, count]) => n + (code === '200' ? 0 : count), 0)
  const pageErrors = pageRounds.reduce((n, r) => n + Object.values(r).reduce((m, x) => m + notOk(x), 0), 0)
  check('pages: transport errors, timeouts and answers other than 200', String(pageErrors), '0', pageErrors === 0)
  info('  trivial endpoint, 50 clients (page phase)', `${fmt(overPages((r) => r.trivial.okPerSecond).median)} req/s, p99 ${fmt(overPages((r) => r.trivial.p99).median)} ms`, 'baseline')
  for (const page of PAGES) info(`  ${page.name}, 50 clients`, `${fmt(overPages((r) => r[page.key].okPerSecond).median)} pages/s, p99 ${fmt(overPages((r) => r[page.key].p99).median)} ms`)
}
for (const result of lighthouseResults) {
  const { scores, spread } = result
  check(
    `Lighthouse, mobile: ${result.name}`,
    scores
      ? `perf ${scores.performance} (${spread.performance.join('–')}) · a11y ${scores.accessibility} · best ${scores['best-practices']} · SEO ${scores.seo}, CPU index ${result.benchmarkIndex}`
      : `failed: ${result.error}`,
    'each ≥ 95',
    Boolean(scores && Object.values(scores).every((v) => v >= 95)),
  )
  if (result.failing?.length) info('  audits below 90', result.failing.join(', '))
}

const width = ['measure', 'result', 'target'].map((key) => Math.max(8, ...rows.map((r) => String(r[key]).length)))
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(width[i])).join(' | ')} |`
const stamp = new Date().toISOString()
console.log(`\nMasterclass ticketing bench — ${stamp} — ${SECONDS}s per phase, ${CONNECTIONS} connections, ${Math.max(rounds.length, pageRounds.length)} round(s); ± is half the spread between rounds\n`)
console.log(line(['measure', 'result', 'target']) + ' ok |')
console.log(line(width.map((w) => '-'.repeat(w))) + '----|')
for (const r of rows) console.log(line([r.measure, r.result, r.target]) + ` ${r.ok === null ? '  ' : r.ok ? '✓ ' : '✗ '} |`)

// ── JSON, and the comparison with the previous run ───────────────────────────────────────────
fs.mkdirSync(RESULTS, { recursive: true })
const latest = path.join(RESULTS, 'latest.json')
const previous = fs.existsSync(latest) ? JSON.parse(fs.readFileSync(latest, 'utf8')) : null
const result = { cpus: os.cpus().length, loadAverage: os.loadavg(), lighthouse: lighthouseResults, pageRounds, promoRounds, rounds, rows, startedAt: stamp }
const file = path.join(RESULTS, `bench-${stamp.replace(/[:.]/g, '-')}.json`)
fs.writeFileSync(file, JSON.stringify(result, null, 2))
fs.writeFileSync(latest, JSON.stringify(result, null, 2))
console.log(`\n[bench] results: ${path.relative(process.cwd(), file)}`)
if (previous) {
  const before = new Map(previous.rows.filter((r) => r.value).map((r) => [r.measure, r.value.median]))
  const changes = rows.filter((r) => r.value && before.has(r.measure)).map((r) => `  ${r.measure.trim()}: ${fmt(before.get(r.measure), 2)} → ${fmt(r.value.median, 2)}`)
  if (changes.length) console.log(`[bench] ratios against the previous run (${previous.startedAt}):\n${changes.join('\n')}`)
}
process.exit(rows.some((r) => r.ok === false) ? 1 : 0)
