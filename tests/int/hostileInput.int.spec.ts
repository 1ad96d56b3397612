import config from '../helpers/testPayloadConfig'
import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { guardJsonBody } from '../../src/lib/guardJsonBody'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { book, visitor } from '../helpers/ticketing'

const handlers = { GET: REST_GET(config), POST: REST_POST(config) }

/**
 * Calls the real REST handlers with the path decoded as Next.js decodes a catch-all route
 * (each segment percent-decoded), so `%00` reaches the endpoint as a NUL byte, as in production.
 */
const call = async (method: 'GET' | 'POST', encodedPath: string, headers: Record<string, string> = {}, body?: string) => {
  const url = new URL(`http://localhost:3000/api${encodedPath}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  const request = new Request(url, { body, headers: { 'X-Forwarded-For': '10.99.0.1', ...headers }, method })
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {}
  return { body: json, status: response.status, text }
}

let payload: Payload
let admin: string
let eventId: number

beforeAll(async () => {
  payload = await getTestPayload()
  admin = (await createStaff(payload, ['admin'])).token
  eventId = (await createEvent(payload)).id as number
})

const expect4xx = (res: Awaited<ReturnType<typeof call>>, status?: number) => {
  expect(res.status, res.text.slice(0, 300)).toBeGreaterThanOrEqual(400)
  expect(res.status, res.text.slice(0, 300)).toBeLessThan(500)
  if (status) expect(res.status).toBe(status)
  expect(typeof res.body?.error?.code).toBe('string')
}

describe('hostile paths, queries and headers answer 4xx with an error code', () => {
  it.each([
    ['a NUL byte in an event slug', 'GET', '/ticketing/events/abc%00def/quote', 400],
    ['a control character in an event slug', 'GET', '/ticketing/events/abc%01def/quote', 400],
    ['a 10 kB event slug', 'GET', `/ticketing/events/${'s'.repeat(10_000)}/quote`, 400],
    ['an event id beyond a PostgreSQL integer', 'GET', '/ticketing/events/2147483648/quote', 404],
    ['an event id of 15 digits', 'GET', '/ticketing/events/999999999999999/quote', 404],
    ['an event id of 20 digits', 'GET', '/ticketing/events/99999999999999999999/quote', 404],
    ['a NUL byte in a booking reference', 'GET', '/ticketing/bookings/MC2026-%00BCDEF', 400],
    ['a NUL byte in the reference to cancel', 'POST', '/ticketing/bookings/abc%00/cancel', 400],
    ['a NUL byte in the reference to pay', 'POST', '/ticketing/bookings/abc%00/payment-intent', 400],
    ['a NUL byte in a query value', 'GET', '/ticketing/events?locale=fr%00', 400],
    ['a NUL byte in a query name', 'GET', '/ticketing/events?a%00b=1', 400],
    ['a 10 kB query value', 'GET', `/ticketing/events?locale=${'f'.repeat(10_000)}`, 400],
    ['a NUL byte in the quantity', 'GET', '/ticketing/events/1/quote?quantity=1%00', 400],
  ] as const)('%s', async (_name, method, path, status) => {
    expect4xx(await call(method, path), status)
  })

  it('an event id out of range in a quote of a real event stays a clean 404', async () => {
    expect4xx(await call('GET', `/ticketing/events/${eventId}0000000000/quote`), 404)
    expect((await call('GET', `/ticketing/events/${eventId}/quote`)).status).toBe(200)
  })

  it.each([
    ['stats for an event id beyond a PostgreSQL integer', '/ticketing/stats?event=2147483648'],
    ['stats for an event id of 12 digits', '/ticketing/stats?event=999999999999'],
    ['the export for an event id beyond a PostgreSQL integer', '/ticketing/exports/bookings.csv?event=2147483648'],
    ['the export from a date PostgreSQL cannot hold', '/ticketing/exports/bookings.csv?from=-271821-04-20'],
    ['the export to a six-digit year', '/ticketing/exports/bookings.csv?to=%2B275760-09-13'],
    ['the export with a NUL byte in a filter', '/ticketing/exports/bookings.csv?status=PAID%00'],
  ])('staff: %s is 400 VALIDATION', async (_name, path) => {
    const res = await call('GET', path, { Authorization: `JWT ${admin}` })
    expect4xx(res, 400)
    expect(res.body.error.code).toBe('VALIDATION')
  })

  it.each([
    ['a NUL byte in the slug', { eventId: 'abc\u0000def' }, 404],
    ['an id beyond a PostgreSQL integer', { eventId: 2_147_483_648 }, 404],
    ['a string id of 15 digits', { eventId: '999999999999999' }, 404],
  ])('booking an event named by %s answers 4xx', async (_name, body, status) => {
    const res = await book(body)
    expect(res.status).toBe(status)
    expect(typeof res.body.error.code).toBe('string')
  })

  it.each([
    'Bearer',
    'Bearer ',
    'JWT x',
    `JWT ${'a'.repeat(10_000)}`,
    'JWT eyJhbGciOiJub25lIn0.e30.',
    'Basic Zm9vOmJhcg==',
    'users API-Key abc',
    `Bearer ${'A'.repeat(43)}`,
    'Bearer \u00e9\u00ff',
    'JWT \u0001\u007f',
    ',,,',
  ])('Authorization %j answers 4xx with an error code on public and staff endpoints', async (authorization) => {
    for (const [method, path] of [
      ['GET', '/ticketing/bookings/MC2026-ABCDEF'],
      ['POST', '/ticketing/bookings/MC2026-ABCDEF/cancel'],
      ['GET', '/ticketing/stats'],
      ['POST', '/ticketing/admin/reconcile'],
      ['POST', '/ticketing/bookings/MC2026-ABCDEF/refund'],
    ] as const) {
      expect4xx(await call(method, path, { Authorization: authorization }, method === 'POST' ? '{}' : undefined))
    }
  })

  it('an Idempotency-Key with control characters is refused before any SQL', async () => {
    const res = await book({ eventId }, { headers: { 'Idempotency-Key': 'key\u0001\u007f' } })
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'VALIDATION', details: { fields: { 'idempotency-key': ['Contains control characters.'] } } })
  })
})

/** Puts a JSON text `depth` levels down inside an ordinary-looking body (objects and arrays). */
const bury = (inner: string, path: ('array' | 'object')[]) =>
  path.reduceRight((text, kind) => (kind === 'array' ? `{"attendees":[{"name":"A"},${text}]}` : `{"quantity":1,"buyer":${text}}`), inner)
const hostileKey = fc.constantFrom('"__proto__"', '"constructor"', '"prototype"', '"\\u005f_proto__"', '"const\\u0072uctor"')
const somePath = fc.array(fc.constantFrom('array' as const, 'object' as const), { maxLength: 2 })
const anyJson = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value))
/** Bodies that are valid JSON, yet carry a prototype key, a repeated key or nesting deeper than 8. */
const hostileBody = fc.oneof(
  fc.tuple(hostileKey, anyJson, somePath).map(([key, value, path]) => bury(`{"name":"A",${key}:${value}}`, path)),
  fc.tuple(fc.constantFrom('eventId', 'quantity', 'email', 'amount', 'reason', 'name'), anyJson, anyJson, somePath).map(([key, a, b, path]) => bury(`{"${key}":${a},"${key}":${b}}`, path)),
  fc.tuple(fc.integer({ max: 3_000, min: 9 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => {
    const close = open === '[' ? ']' : '}'
    return `{"quantity":${open.repeat(depth - 1)}1${close.repeat(depth - 1)}}`
  }),
)

describe('hostile JSON bodies answer 400 VALIDATION on every endpoint that reads one', () => {
  const endpoints = [
    ['POST /ticketing/bookings (public)', '/ticketing/bookings', false],
    ['POST /ticketing/bookings/:reference/refund (staff)', '/ticketing/bookings/MC2026-ABCDEF/refund', true],
    ['POST /ticketing/privacy/erase (staff)', '/ticketing/privacy/erase', true],
  ] as const

  it.each(endpoints)('%s', async (_name, path, staff) => {
    await fc.assert(
      fc.asyncProperty(hostileBody, async (body) => {
        const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': visitor().ip, ...(staff ? { Authorization: `JWT ${admin}` } : {}) }
        const res = await call('POST', path, headers, body)
        expect(res.status, `${body.slice(0, 200)} → ${res.text.slice(0, 200)}`).toBe(400)
        expect(res.body.error.code).toBe('VALIDATION')
      }),
      { numRuns: 40 },
    )
  })

  it.each([
    ['a __proto__ key', `{"eventId":1,"quantity":1,"buyer":{"name":"A","email":"a@example.com","__proto__":{"isAdmin":true}}}`, '__proto__'],
    ['a constructor key', `{"eventId":1,"quantity":1,"constructor":{"prototype":{"x":1}}}`, 'constructor'],
    ['a repeated quantity', `{"eventId":1,"quantity":1,"quantity":500,"buyer":{"name":"A","email":"a@example.com"}}`, 'more than once'],
    ['nesting 9 deep', `{"eventId":1,"quantity":1,"buyer":{"name":[[[[[[[["A"]]]]]]]]}}`, 'deeper than 8'],
  ])('a booking with %s is refused, saying why', async (_name, body, says) => {
    const res = await call('POST', '/ticketing/bookings', { 'Content-Type': 'application/json', 'X-Forwarded-For': visitor().ip }, body)
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('VALIDATION')
    expect(res.body.error.message).toContain(says)
  })
})

describe("hostile JSON bodies on Payload's own routes (as the site mounts them, src/lib/guardJsonBody)", () => {
  const site = { GRAPHQL: guardJsonBody(GRAPHQL_POST(config)), PATCH: guardJsonBody(REST_PATCH(config)), POST: guardJsonBody(REST_POST(config)) }
  const send = async (method: 'PATCH' | 'POST', path: string, body: string, token?: string) => {
    const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': visitor().ip, ...(token ? { Authorization: `JWT ${token}` } : {}) }
    const request = new Request(`http://localhost:3000/api${path}`, { body, headers, method })
    const response = path === '/graphql' ? await site.GRAPHQL(request) : await site[method](request, { params: Promise.resolve({ slug: path.slice(1).split('/') }) })
    return { body: await response.json().catch(() => null), status: response.status }
  }

  it('login, a collection update and GraphQL answer 400 VALIDATION, never 500 or a silent 200', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody, async (body) => {
        for (const [method, path] of [['POST', '/users/login'], ['PATCH', `/city-events/${eventId}`], ['POST', '/graphql']] as const) {
          const res = await send(method, path, body, admin)
          expect(res.status, `${path} ${body.slice(0, 120)}`).toBe(400)
          expect(res.body.error.code).toBe('VALIDATION')
        }
      }),
      { numRuns: 30 },
    )
  })

  it('ordinary bodies still reach Payload', async () => {
    expect((await send('PATCH', `/city-events/${eventId}`, JSON.stringify({ venueName: 'Salle 2' }), admin)).status).toBe(200)
  })
})
