// Webhook burst (docs/architecture.md, performance targets): 1,000 signed payment_intent.succeeded deliveries, 10% of them
// duplicates, sent concurrently the way Stripe does; then every booking must be confirmed
// exactly once.
import autocannon from 'autocannon'
import pg from 'pg'
import Stripe from 'stripe'

import { nextVisitor } from './api.mjs'

const pool = async (items, concurrency, work) => {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}

const postJson = async (url, body, headers = {}) => {
  const res = await fetch(url, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers }, method: 'POST' })
  return { body: await res.json(), status: res.status }
}

/**
 * `bases`: the app processes to spread the deliveries over, round-robin (one or more). The
 * burst's time runs until the last delivery is answered; `settledSeconds` until every booking is
 * confirmed in the database (the same, or later when events are processed after the answer).
 */
export const webhookBurst = async ({ bases, bookings = 900, concurrency = 50, databaseUrl, emulator, eventId, webhookSecret }) => {
  const base = bases[0]
  const emulatorUrl = emulator.url
  await emulator.control('config', { webhooks: { mode: 'drop' } })
  const intents = []
  await pool(Array.from({ length: bookings }, (_, i) => i), 20, async () => {
    const who = nextVisitor()
    const headers = { 'X-Forwarded-For': who.ip }
    const created = await postJson(`${base}/api/ticketing/bookings`, { buyer: { email: who.email, name: 'Burst Buyer' }, eventId, quantity: 1 }, headers)
    if (created.status !== 201) throw new Error(`burst setup: booking ${created.status} ${JSON.stringify(created.body)}`)
    const pi = await postJson(`${base}/api/ticketing/bookings/${created.body.reference}/payment-intent`, {}, { ...headers, Authorization: `Bearer ${created.body.accessToken}` })
    if (pi.status !== 200) throw new Error(`burst setup: payment-intent ${pi.status} ${JSON.stringify(pi.body)}`)
    await emulator.control(`payment_intents/${pi.body.paymentIntentId}/succeed`)
    intents.push(pi.body.paymentIntentId)
  })
  const wanted = new Set(intents)
  const stripe = new Stripe('sk_test_bench', { host: new URL(emulatorUrl).hostname, port: Number(new URL(emulatorUrl).port), protocol: 'http' })
  const events = []
  for await (const event of stripe.events.list({ limit: 100, type: 'payment_intent.succeeded' })) {
    if (wanted.has(event.data.object.id)) events.push(event)
  }
  const duplicates = Math.round(events.length / 9)
  const deliveries = [...events, ...events.slice(0, duplicates)].sort(() => Math.random() - 0.5)
  // Signed before the clock starts, and sent with the same load generator as the baseline
  // (autocannon), so that the ratio measures the server, not the client.
  const signed = deliveries.map((event) => {
    const payload = JSON.stringify(event)
    return { body: payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }) }
  })
  const statuses = {}
  const started = performance.now()
  let lastAnswer = started
  await Promise.all(
    bases.map(async (url, index) => {
      const mine = signed.filter((_, i) => i % bases.length === index)
      let next = 0
      const result = await new Promise((resolve, reject) => {
        const instance = autocannon(
          {
            amount: mine.length,
            connections: Math.ceil(concurrency / bases.length),
            requests: [
              {
                method: 'POST',
                path: '/api/ticketing/stripe/webhook',
                setupRequest: (request) => {
                  const delivery = mine[next++ % mine.length]
                  return { ...request, body: delivery.body, headers: { 'Content-Type': 'application/json', 'Stripe-Signature': delivery.signature } }
                },
              },
            ],
            url,
          },
          (error, done) => (error ? reject(error) : resolve(done)),
        )
        // autocannon ends an `amount` run on its once-a-second tick: the burst ends at the last answer.
        instance.on('response', () => (lastAnswer = performance.now()))
      })
      for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = (statuses[code] ?? 0) + count
    }),
  )
  const seconds = (lastAnswer - started) / 1000

  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const n = events.length
  // Waits (up to 60 s) for every booking to be confirmed, then checks the counts once more.
  let settledSeconds = null
  for (let i = 0; i < 600; i++) {
    const { rows: [{ confirmed }] } = await client.query(`SELECT count(*)::int AS confirmed FROM bookings WHERE city_event_id = $1 AND status = 'CONFIRMED'`, [eventId])
    if (confirmed >= n) {
      settledSeconds = (performance.now() - started) / 1000
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const { rows: [check] } = await client.query(
    `SELECT (SELECT count(*)::int FROM bookings WHERE city_event_id = $1 AND status = 'CONFIRMED' AND payment_status = 'PAID') AS confirmed,
            (SELECT seats_confirmed FROM city_events WHERE id = $1) AS seats,
            (SELECT count(*)::int FROM booking_payments p JOIN bookings b ON b.id = p.booking_id WHERE b.city_event_id = $1 AND p.kind = 'PAYMENT') AS ledger,
            (SELECT count(*)::int FROM booking_emails m JOIN bookings b ON b.id = m.booking_id
               WHERE b.city_event_id = $1 AND m.kind = 'confirmation') AS emails`,
    [eventId],
  )
  await client.end()
  const exactlyOnce = check.confirmed === n && check.seats === n && check.ledger === n && check.emails === n
  return { check, deliveries: deliveries.length, duplicates, eventsPerSecond: deliveries.length / seconds, exactlyOnce, seconds, settledSeconds, statuses }
}
