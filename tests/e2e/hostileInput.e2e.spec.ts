import http from 'node:http'
import net from 'node:net'

import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'

// Hostile values thrown at every ticketing endpoint of the production build: whatever the
// path segment, query value or header, the answer is never a 5xx, and an answer from the
// ticketing API that refuses the request carries the machine-readable `error.code`.

const site = inject('siteUrl')

type Route = { method: 'GET' | 'POST'; path: (segment: string) => string; query: string[] }
const ROUTES: Route[] = [
  { method: 'GET', path: () => '/api/ticketing/health', query: ['x'] },
  { method: 'GET', path: () => '/api/ticketing/events', query: ['locale'] },
  { method: 'GET', path: (s) => `/api/ticketing/events/${s}/quote`, query: ['quantity', 'locale'] },
  { method: 'GET', path: () => '/api/ticketing/captcha', query: ['x'] },
  { method: 'POST', path: () => '/api/ticketing/bookings', query: ['x'] },
  { method: 'GET', path: (s) => `/api/ticketing/bookings/${s}`, query: ['x'] },
  { method: 'POST', path: (s) => `/api/ticketing/bookings/${s}/cancel`, query: ['x'] },
  { method: 'POST', path: (s) => `/api/ticketing/bookings/${s}/payment-intent`, query: ['x'] },
  { method: 'POST', path: (s) => `/api/ticketing/bookings/${s}/refund`, query: ['x'] },
  { method: 'POST', path: (s) => `/api/ticketing/bookings/${s}/resend-confirmation`, query: ['x'] },
  { method: 'POST', path: () => '/api/ticketing/stripe/webhook', query: ['x'] },
  { method: 'POST', path: () => '/api/ticketing/admin/reconcile', query: ['x'] },
  { method: 'GET', path: () => '/api/ticketing/exports/bookings.csv', query: ['event', 'from', 'to', 'status', 'delimiter', 'locale'] },
  { method: 'GET', path: () => '/api/ticketing/stats', query: ['event'] },
  { method: 'POST', path: () => '/api/ticketing/privacy/erase', query: ['x'] },
  { method: 'GET', path: () => '/api/ticketing/privacy/export', query: ['email'] },
]

/** A value, and how it is written in a URL: percent-encoded, or raw escapes that are not valid UTF-8. */
const RAW_ESCAPES = ['%00', 'abc%00def', '%ZZ', '%', '%C3%28', '%E0%80%80', '%ED%A0%80', '%FF%FE', '%F0%9F%98', '%C0%AF', '%25%00']
const hostileText = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', '\u0001\u001f\u007f', '\n', '\r\n', '2147483648', '-2147483649', '99999999999999999999', '9'.repeat(400), '1e400', '-1', '0', 'NaN', '١٢٣', '\uFFFD', '😀', 'null', '[]', '{}', "'; DROP TABLE bookings; --", 'x'.repeat(10_000), '-271821-04-20', '+275760-09-13', '0000-00-00'),
  fc.string({ maxLength: 40, unit: fc.integer({ max: 0x1f, min: 0 }).map((c) => String.fromCharCode(c)) }),
  fc.string({ maxLength: 60, unit: 'binary' }),
  fc.bigInt({ max: 10n ** 30n, min: -(10n ** 30n) }).map(String),
)
const urlPart = fc.oneof(hostileText.map(encodeURIComponent), fc.constantFrom(...RAW_ESCAPES))

/**
 * Header values an HTTP client can send: tab, visible ASCII and bytes 0x80–0xFF (HTTP forbids
 * other control characters; a request carrying them is refused by Node's parser, see below).
 */
const headerByte = fc.oneof(fc.constant(9), fc.integer({ max: 0x7e, min: 0x20 }), fc.integer({ max: 0xff, min: 0x80 })).map((c) => String.fromCharCode(c))
const headerText = fc.oneof(
  fc.constantFrom('', 'Bearer', 'Bearer ', 'Bearer  x', 'JWT', 'JWT x', 'JWT eyJhbGciOiJub25lIn0.e30.', `JWT ${'a'.repeat(10_000)}`, 'Basic Zm9vOmJhcg==', 'users API-Key x', `Bearer ${'A'.repeat(43)}`, 'Bearer a b c', ',,,', 'Bearer \u00e9\u00ff', 'Digest username="x"', '99999999999999999999'),
  fc.string({ maxLength: 80, unit: headerByte }),
)

/** One raw HTTP request (node:http, so a huge echoed header, e.g. in a redirect, is read rather than refused). */
const request = (url: string, method: string, headers: Record<string, string>, body?: string) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(url, { headers, maxHeaderSize: 1024 * 1024, method }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', reject)
    req.end(body)
  })

const send = async (route: Route, segment: string, queryName: string, queryValue: string, headerName: string, headerValue: string) => {
  const url = `${site}${route.path(segment)}?${queryName}=${queryValue}`
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.77.0.1' }
  headers[headerName] = headerValue
  const { status, text } = await request(url, route.method, headers, route.method === 'POST' ? '{}' : undefined)
  let body: any = null
  try {
    body = JSON.parse(text)
  } catch {}
  return { body, status, text, url }
}

/** 431: the request line and headers together exceed Node's 16 KiB limit; Node answers before any route. */
const HTTP_LIMIT = 431

const expectNoServerError = (answer: Awaited<ReturnType<typeof send>>) => {
  const what = `${answer.status} ${answer.url.slice(0, 200)} ${answer.text.slice(0, 200)}`
  expect(answer.status, what).toBeLessThan(500)
  if (answer.status >= 400 && answer.status !== HTTP_LIMIT) expect(typeof answer.body?.error?.code, what).toBe('string')
}

describe('hostile input on every ticketing endpoint (production build)', () => {
  it.each(ROUTES.map((route) => [`${route.method} ${route.path(':p')}`, route] as const))('%s never answers 5xx', async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(
        urlPart,
        fc.constantFrom(...route.query),
        urlPart,
        fc.constantFrom('Authorization', 'Idempotency-Key', 'Stripe-Signature', 'X-Forwarded-For', 'X-Real-IP', 'Cookie', 'Content-Type', 'Accept-Language'),
        headerText,
        async (segment, queryName, queryValue, headerName, headerValue) => {
          expectNoServerError(await send(route, segment, queryName, queryValue, headerName, headerValue))
        },
      ),
      { numRuns: 60 },
    )
  })

  it.each([
    ['a NUL byte', 'Authorization: Bearer a\u0000b'],
    ['a control character', 'Idempotency-Key: a\u0001b'],
    ['a bare carriage return', 'Authorization: JWT a\rb'],
  ])('a header with %s is refused as a bad request, never a 5xx', async (_name, header) => {
    const { port, hostname } = new URL(site)
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname, () => {
        socket.write(`GET /api/ticketing/bookings/MC2026-ABCDEF HTTP/1.1\r\nHost: ${hostname}\r\n${header}\r\nConnection: close\r\n\r\n`, 'latin1')
      })
      let data = ''
      socket.on('data', (chunk) => (data += chunk.toString('latin1')))
      socket.on('end', () => resolve(data))
      socket.on('error', reject)
    })
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1])
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })

  it.each([
    ['a NUL byte in an event slug', 'GET', '/api/ticketing/events/abc%00def/quote'],
    ['a NUL byte in a booking reference', 'GET', '/api/ticketing/bookings/MC2026-%00BCDEF'],
    ['an event id beyond a PostgreSQL integer', 'GET', '/api/ticketing/events/2147483648/quote'],
    ['an event id of 20 digits', 'GET', '/api/ticketing/events/99999999999999999999/quote'],
    ['an invalid UTF-8 escape in a slug', 'GET', '/api/ticketing/events/%C3%28/quote'],
    ['a malformed escape in a booking reference', 'POST', '/api/ticketing/bookings/%ZZ/refund'],
    ['an overlong UTF-8 escape in a reference', 'GET', '/api/ticketing/bookings/%C0%AF'],
    ['a 10 kB slug', 'GET', `/api/ticketing/events/${'s'.repeat(10_000)}/quote`],
    ['a NUL byte in a query value', 'GET', '/api/ticketing/events?locale=fr%00'],
    ['a quantity out of range', 'GET', '/api/ticketing/events/1/quote?quantity=99999999999999999999'],
    ['a stats event beyond a PostgreSQL integer', 'GET', '/api/ticketing/stats?event=2147483648'],
  ])('%s answers 4xx with an error code', async (_name, method, path) => {
    const res = await fetch(`${site}${path}`, { method })
    const body = await res.json()
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(typeof body.error.code).toBe('string')
  })
})

/** Valid JSON with a prototype key, a repeated key or nesting deeper than 8, at any depth of an ordinary booking body. */
const hostileJson = fc.oneof(
  fc.tuple(fc.constantFrom('"__proto__"', '"constructor"', '"prototype"', '"\\u005f_proto__"'), fc.jsonValue({ maxDepth: 2 }), fc.boolean()).map(([key, value, deep]) =>
    deep ? `{"quantity":1,"buyer":{"name":"A",${key}:${JSON.stringify(value)}}}` : `{${key}:${JSON.stringify(value)},"quantity":1}`,
  ),
  fc.tuple(fc.constantFrom('eventId', 'quantity', 'buyer', 'email'), fc.jsonValue({ maxDepth: 1 }), fc.jsonValue({ maxDepth: 1 })).map(([key, a, b]) =>
    key === 'email' ? `{"buyer":{"email":${JSON.stringify(a)},"email":${JSON.stringify(b)}}}` : `{"${key}":${JSON.stringify(a)},"${key}":${JSON.stringify(b)}}`,
  ),
  fc.integer({ max: 2_000, min: 9 }).map((depth) => `{"attendees":${'['.repeat(depth - 1)}{}${']'.repeat(depth - 1)}}`),
)

describe('hostile JSON bodies (production build)', () => {
  it('POST /api/ticketing/bookings answers 400 VALIDATION to prototype keys, repeated keys and deep nesting', async () => {
    let n = 0
    await fc.assert(
      fc.asyncProperty(hostileJson, async (body) => {
        n += 1
        const { status, text } = await request(`${site}/api/ticketing/bookings`, 'POST', { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.78.${n >> 8}.${n & 255}` }, body)
        expect(status, `${body.slice(0, 120)} → ${text.slice(0, 200)}`).toBe(400)
        expect(JSON.parse(text).error.code).toBe('VALIDATION')
      }),
      { numRuns: 60 },
    )
  })
})
