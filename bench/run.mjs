// npm run bench — SPEC §12 on this machine, against the production build.
// Prints one table; every target is measured in this run, beside its raw baseline.
import pg from 'pg'

import { createAdmin, createEvent } from './lib/api.mjs'
import { createBenchDatabase } from './lib/database.mjs'
import { startEmulatorProcess } from './lib/emulator.mjs'
import { loadBookings, loadQuotes } from './lib/load.mjs'
import { loadPoisson } from './lib/poisson.mjs'
import { rawHoldCeiling } from './lib/rawSql.mjs'
import { ensureBuild, startServer } from './lib/server.mjs'
import { webhookBurst } from './lib/webhookBurst.mjs'
import { measureExport, seedBookings } from './lib/csvExport.mjs'
import { runLighthouse, seedDemo } from './lib/lighthouse.mjs'

const CONNECTIONS = 50
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const PORT = Number(process.env.BENCH_PORT || 3210)
// `npm run bench -- lighthouse` (or BENCH_ONLY=lighthouse) runs only the Lighthouse phase.
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--')) || process.env.BENCH_ONLY || null

// Whatever has started is stopped on the way out, Ctrl-C included: server, emulator, database.
const cleanups = []
const cleanUp = async () => {
  for (const step of cleanups.splice(0).reverse()) await step().catch((error) => console.error('[bench] cleanup:', error.message))
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanUp().finally(() => process.exit(130)))

await ensureBuild()
const db = await createBenchDatabase()
cleanups.push(() => db.drop())
console.log(`[bench] database: ${db.where}`)
const WEBHOOK_SECRET = 'whsec_bench'
const emulator = await startEmulatorProcess({ webhookSecret: WEBHOOK_SECRET })
cleanups.push(() => emulator.close())
const server = await startServer({
  databaseUrl: db.url,
  env: {
    STRIPE_API_BASE_URL: emulator.url,
    STRIPE_PUBLISHABLE_KEY: 'pk_test_bench',
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    TICKETING_CAPTCHA: 'off',
  },
  port: PORT,
})
cleanups.push(() => server.stop())
const rows = []
try {
  if (!only) {
    const token = await createAdmin(server.base)
    const hot = await createEvent(server.base, token, { capacity: 1_000_000, slug: 'bench-hot' })
    const sellout = await createEvent(server.base, token, { capacity: 2000, slug: 'bench-sellout' })
    const rawEvent = await createEvent(server.base, token, { capacity: 1_000_000, slug: 'bench-raw' })

    await loadBookings({ base: server.base, connections: CONNECTIONS, duration: 2, eventId: hot.id })
    const holds = await loadBookings({ base: server.base, connections: CONNECTIONS, duration: SECONDS, eventId: hot.id })
    const raw = await rawHoldCeiling({ concurrency: CONNECTIONS, databaseUrl: db.url, eventId: rawEvent.id, poolSize: 10, seconds: SECONDS })
    const rush = await loadBookings({ amount: 5000, base: server.base, connections: CONNECTIONS, eventId: sellout.id })
    const QUOTE_RATE = Number(process.env.BENCH_QUOTE_RATE || 400)
    const quotes = await loadPoisson({
      base: server.base,
      clients: CONNECTIONS,
      path: () => `/api/ticketing/events/${hot.id}/quote?quantity=${1 + Math.floor(Math.random() * 4)}`,
      rate: QUOTE_RATE,
      seconds: SECONDS,
    })
    const quotesSaturated = await loadQuotes({ base: server.base, connections: CONNECTIONS, duration: SECONDS, eventId: hot.id })
    const healthSaturated = await loadQuotes({ base: server.base, connections: CONNECTIONS, duration: SECONDS, path: '/api/ticketing/health' })

    const burstEvent = await createEvent(server.base, token, { capacity: 5000, slug: 'bench-burst' })
    const burst = await webhookBurst({ base: server.base, databaseUrl: db.url, emulator, eventId: burstEvent.id, webhookSecret: WEBHOOK_SECRET })

    const exportEvent = await createEvent(server.base, token, { capacity: 200_000, slug: 'bench-export' })
    await seedBookings({ count: 100_000, databaseUrl: db.url, eventId: exportEvent.id })
    const exported = await measureExport({ base: server.base, databaseUrl: db.url, eventId: exportEvent.id, serverRootPid: server.pid, token })

    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    const { rows: [check] } = await client.query(
      `SELECT e.capacity::int, e.seats_held + e.seats_confirmed AS taken,
         (SELECT count(*)::int FROM bookings b WHERE b.city_event_id = e.id) AS bookings FROM city_events e WHERE e.id = $1`,
      [sellout.id],
    )
    await client.end()
    const oversold = Math.max(0, check.taken - check.capacity, check.bookings - check.capacity, rush.ok - check.capacity)

    const fmt = (n, d = 0) => n.toFixed(d)
    rows.push(
      ['booking holds, 1 hot event, 50 clients', `${fmt(holds.okPerSecond)} bookings/s`, '≥ 400/s', holds.okPerSecond >= 400],
      ['  latency p50 / p99', `${fmt(holds.p50)} / ${fmt(holds.p99)} ms`, 'p99 ≤ 250 ms', holds.p99 <= 250],
      ['  raw SQL ceiling (UPDATE+INSERT txn, pg, pool 10)', `${fmt(raw.perSecond)} txn/s (p99 ${fmt(raw.p99)} ms)`, 'baseline', null],
      ['  app ÷ raw SQL', `${fmt((holds.okPerSecond / raw.perSecond) * 100, 1)} %`, '', null],
      ['sell-out rush: 5000 requests for 2000 seats', `${rush.ok} sold, ${check.taken} taken, status codes ${JSON.stringify(rush.codes)}`, '', null],
      ['  oversold seats', String(oversold), '0', oversold === 0],
      [`quote, 50 clients, ${QUOTE_RATE} req/s arriving at random`, `p50 ${fmt(quotes.p50, 1)} ms, p99 ${fmt(quotes.p99, 1)} ms (${quotes.sent} sent)`, 'p99 ≤ 20 ms', quotes.p99 <= 20 && quotes.dropped === 0],
      ['quote, 50 clients back to back (saturation)', `${fmt(quotesSaturated.okPerSecond)} req/s, p99 ${fmt(quotesSaturated.p99)} ms`, '', null],
      ['  baseline: trivial Payload endpoint (SELECT 1), same load', `${fmt(healthSaturated.okPerSecond)} req/s, p99 ${fmt(healthSaturated.p99)} ms`, 'baseline', null],
    )
    rows.push(
      [`webhook burst: ${burst.deliveries} signed events (${burst.duplicates} duplicates), 50 at a time`, `${fmt(burst.eventsPerSecond)} events/s (${fmt(burst.seconds, 1)} s), statuses ${JSON.stringify(burst.statuses)}`, '', null],
      ['  each booking confirmed exactly once', `${burst.check.confirmed} confirmed, ${burst.check.seats} seats, ${burst.check.ledger} ledger rows, ${burst.check.emails} emails`, 'all equal', burst.exactlyOnce],
    )
    rows.push(
      [`CSV export of ${exported.rows.toLocaleString('en')} bookings (HTTP, streamed)`, `${fmt(exported.seconds, 1)} s, ${fmt(exported.bytes / 1048576, 1)} MiB, server RSS ${fmt(exported.rssBeforeMiB)} → peak ${fmt(exported.peakMiB)} MiB`, 'flat memory', exported.rows === 100_000 && exported.peakMiB - exported.rssBeforeMiB < 150],
      ['  baseline: PostgreSQL COPY … TO STDOUT, same rows', `${fmt(exported.copySeconds, 1)} s, ${fmt(exported.copyBytes / 1048576, 1)} MiB`, 'baseline', null],
    )
    if (holds.errors || quotes.errors) rows.push(['  transport errors / timeouts', String(holds.errors + quotes.errors), '0', false])
  }
  if (!only || only === 'lighthouse') {
    await seedDemo({ databaseUrl: db.url })
    const pages = [
      { name: 'home /fr', target: true, url: `${server.base}/fr` },
      { name: 'event page /fr/events/paris-2027', target: true, url: `${server.base}/fr/events/paris-2027` },
      { name: 'booking form /fr/book/paris-2027', target: true, url: `${server.base}/fr/book/paris-2027` },
    ]
    const runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3)
    for (const [i, result] of (await runLighthouse({ pages, runs })).entries()) {
      const { scores, spread, target } = { ...result, target: pages[i].target }
      const text = scores
        ? `perf ${scores.performance} (${spread.performance.join('–')}) · a11y ${scores.accessibility} · best ${scores['best-practices']} · SEO ${scores.seo} — median of ${runs}, CPU index ${result.benchmarkIndex}`
        : `failed: ${result.error}`
      rows.push([`Lighthouse, mobile: ${result.name}`, text, target ? 'each ≥ 95' : '', target ? Boolean(scores && Object.values(scores).every((v) => v >= 95)) : null])
      if (result.failing?.length) rows.push(['  audits below 90', result.failing.join(', '), '', null])
    }
  }
} finally {
  await cleanUp()
}

const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 8))
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(width[i])).join(' | ')} |`
console.log(`\nMasterclass ticketing bench — ${new Date().toISOString()} — ${SECONDS}s per phase, ${CONNECTIONS} connections\n`)
console.log(line(['measure', 'result', 'target']) + ' ok |')
console.log(line(width.map((w) => '-'.repeat(w))) + '----|')
for (const r of rows) console.log(line(r.slice(0, 3)) + ` ${r[3] === null ? '  ' : r[3] ? '✓ ' : '✗ '} |`)
process.exit(0)
