// HTTP load with autocannon: booking holds on one hot event, and quotes.
import autocannon from 'autocannon'

import { nextVisitor } from './api.mjs'

const run = (options) =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })

const summary = (result, okStatus) => {
  const codes = result.statusCodeStats ?? {}
  const ok = codes[okStatus]?.count ?? 0
  const seconds = result.duration
  return {
    codes: Object.fromEntries(Object.entries(codes).map(([code, v]) => [code, v.count])),
    errors: result.errors + result.timeouts,
    ok,
    okPerSecond: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    seconds,
  }
}

/** POST /api/ticketing/bookings for one event, each request from a new visitor (with `promoCode`, each booking uses it). */
export const loadBookings = async ({ amount, base, connections, duration, eventId, promoCode }) =>
  summary(
    await run({
      connections,
      ...(amount ? { amount } : { duration }),
      requests: [
        {
          method: 'POST',
          path: '/api/ticketing/bookings',
          setupRequest: (request) => {
            const who = nextVisitor()
            return {
              ...request,
              body: JSON.stringify({ buyer: { email: who.email, name: 'Bench Buyer' }, eventId, quantity: 1, ...(promoCode ? { promoCode } : {}) }),
              headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': who.ip },
            }
          },
        },
      ],
      url: base,
    }),
    '201',
  )

/** GET with 50 connections back to back (saturation): each fires again the moment it is answered. */
export const loadQuotes = async ({ base, connections, duration, eventId, path }) =>
  summary(
    await run({
      connections,
      duration,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: path ?? `/api/ticketing/events/${eventId}/quote?quantity=${1 + Math.floor(Math.random() * 4)}` }) }],
      url: base,
    }),
    '200',
  )

/**
 * Booking holds spread over several app processes on one database: the connections are split
 * evenly, one load generator per process, all at once. Counts add up; latency is the worst one.
 */
export const loadBookingsAcross = async ({ amount, bases, connections, duration, eventId }) => {
  const parts = await Promise.all(
    bases.map((base) =>
      loadBookings({ amount: amount ? Math.ceil(amount / bases.length) : undefined, base, connections: Math.ceil(connections / bases.length), duration, eventId }),
    ),
  )
  const codes = {}
  for (const part of parts) for (const [code, count] of Object.entries(part.codes)) codes[code] = (codes[code] ?? 0) + count
  const sum = (key) => parts.reduce((total, part) => total + part[key], 0)
  return {
    codes,
    errors: sum('errors'),
    ok: sum('ok'),
    okPerSecond: sum('okPerSecond'),
    p50: Math.max(...parts.map((part) => part.p50)),
    p99: Math.max(...parts.map((part) => part.p99)),
    requests: sum('requests'),
    seconds: Math.max(...parts.map((part) => part.seconds)),
  }
}

/**
 * GET one site page with `connections` visitors back to back (saturation), as browsers ask for
 * it (HTML, the page's language). Counts 200 answers; a page that is not one is a failure.
 */
export const loadPage = async ({ base, connections, duration, path }) =>
  summary(
    await run({
      connections,
      duration,
      headers: { Accept: 'text/html,application/xhtml+xml', 'Accept-Language': 'fr-FR,fr;q=0.9' },
      requests: [{ method: 'GET', path }],
      url: base,
    }),
    '200',
  )
