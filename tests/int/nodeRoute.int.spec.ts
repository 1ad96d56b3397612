import http from 'node:http'
import type { AddressInfo } from 'node:net'

import config from '../helpers/testPayloadConfig'
import { REST_GET, REST_OPTIONS, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ticketingNodeRoute } from '../../plugins/ticketing/src/exports/nodeRoute'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'

// The hot public endpoints as Node routes (what the site mounts as Pages Router API routes):
// each request is sent both ways, through the Node route and through Payload's REST route, and
// must get the same answer. The routes take the handler the plugin registered when Payload
// started in this process (no config passed to them).

let payload: Payload
let server: http.Server
let base: string
let eventId: number

const routes = [
  { handle: ticketingNodeRoute('/ticketing/stripe/webhook'), pattern: /^\/api\/ticketing\/stripe\/webhook\/?(\?|$)/ },
  { handle: ticketingNodeRoute('/ticketing/events/:idOrSlug/quote'), pattern: /^\/api\/ticketing\/events\/[^/]+\/quote\/?(\?|$)/ },
  { handle: ticketingNodeRoute('/ticketing/bookings'), pattern: /^\/api\/ticketing\/bookings\/?(\?|$)/ },
]

beforeAll(async () => {
  payload = await getTestPayload()
  eventId = (await createEvent(payload, { capacity: 20, slug: 'node-route-gala' })).id as number
  server = http.createServer((incoming, outgoing) => {
    const route = routes.find(({ pattern }) => pattern.test(incoming.url ?? ''))
    if (route) void route.handle(incoming, outgoing)
    else outgoing.writeHead(500).end('no route in this test server')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

type Call = { body?: string; headers?: Record<string, string>; method: 'GET' | 'OPTIONS' | 'POST' }
type Answer = { body: unknown; headers: Record<string, null | string>; status: number }

/** The headers an endpoint sets (transport headers such as date and encoding differ by server and are left out). */
const HEADERS = ['access-control-allow-credentials', 'access-control-allow-origin', 'cache-control', 'content-type', 'idempotent-replayed', 'retry-after']
const pick = (headers: Headers) => Object.fromEntries(HEADERS.map((name) => [name, headers.get(name)]))
const parse = (text: string) => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

const viaNode = async (path: string, call: Call): Promise<Answer> => {
  const res = await fetch(`${base}/api${path}`, { body: call.body, headers: call.headers, method: call.method })
  return { body: parse(await res.text()), headers: pick(res.headers), status: res.status }
}

const REST = { GET: REST_GET(config), OPTIONS: REST_OPTIONS(config), POST: REST_POST(config) }

/** Payload's REST route as Next calls it: the path's segments decoded into `slug`. */
const viaRest = async (path: string, call: Call): Promise<Answer> => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const request = new Request(url, { body: call.body, headers: call.headers, method: call.method })
  const slug = url.pathname.slice('/api/'.length).split('/').map(decodeURIComponent)
  const res = await REST[call.method](request, { params: Promise.resolve({ slug }) })
  return { body: parse(await res.text()), headers: pick(res.headers), status: res.status }
}

/** Both ways, the same answer; the Node route's is returned. */
const sameBothWays = async (path: string, call: Call, volatile: string[] = []) => {
  const strip = (answer: Answer) => ({
    ...answer,
    body: answer.body && typeof answer.body === 'object' ? Object.fromEntries(Object.entries(answer.body).filter(([key]) => !volatile.includes(key))) : answer.body,
  })
  const node = await viaNode(path, call)
  const payloadRest = await viaRest(path, call)
  expect(strip(node)).toEqual(strip(payloadRest))
  return node
}

const json = { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.91.0.1' }
const bookingBody = (email: string) => JSON.stringify({ buyer: { email, name: 'Node Route' }, eventId, quantity: 1 })

describe('the hot public endpoints as Node routes', () => {
  it('hold seats and answer a booking exactly as Payload REST does', async () => {
    const answer = await sameBothWays('/ticketing/bookings', { body: bookingBody('node-route@example.com'), headers: { ...json, Origin: 'http://localhost:3000' }, method: 'POST' }, ['accessToken', 'createdAt', 'expiresAt', 'reference'])
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ currency: 'EUR', quantity: 1, status: 'PENDING', total: 45000 })
    expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:3000')
    const stored = await payload.find({ collection: 'bookings', where: { 'buyer.email': { equals: 'node-route@example.com' } } })
    expect(stored.docs).toHaveLength(2)
  })

  it('replay an Idempotency-Key retry with the first answer', async () => {
    const call: Call = { body: bookingBody('node-replay@example.com'), headers: { ...json, 'Idempotency-Key': 'node-route-replay' }, method: 'POST' }
    const first = await viaNode('/ticketing/bookings', call)
    const again = await sameBothWays('/ticketing/bookings', call)
    expect(again).toEqual({ ...first, headers: { ...first.headers, 'idempotent-replayed': 'true' }, status: 201 })
  })

  it('refuse bad bodies with the same errors, a body over 32 KiB included (sent with or without its length)', async () => {
    const malformed = await sameBothWays('/ticketing/bookings', { body: '{"buyer":', headers: json, method: 'POST' })
    expect(malformed).toMatchObject({ body: { error: { code: 'VALIDATION' } }, status: 400 })
    const unknown = await sameBothWays('/ticketing/bookings', { body: JSON.stringify({ eventId, quantity: 1, surprise: true }), headers: json, method: 'POST' })
    expect(unknown).toMatchObject({ body: { error: { code: 'VALIDATION' } }, status: 400 })
    const big = await sameBothWays('/ticketing/bookings', { body: JSON.stringify({ note: 'x'.repeat(40_000) }), headers: json, method: 'POST' })
    expect(big).toMatchObject({ body: { error: { code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 32_768 } } }, status: 413 })
    // Chunked, no Content-Length, and still being sent: the limit is found while reading, and the
    // answer arrives before the client has finished (the rest is discarded, the socket kept).
    const chunked = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${base}/api/ticketing/bookings`, { headers: json, method: 'POST' }, (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        req.end()
      })
      req.on('error', reject)
      for (let i = 0; i < 5; i++) req.write('x'.repeat(8 * 1024))
    })
    expect(chunked.status).toBe(413)
    expect(JSON.parse(chunked.text).error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('answer other methods on the path as Payload does: 404, and a CORS preflight', async () => {
    const get = await sameBothWays('/ticketing/bookings', { method: 'GET' })
    expect(get.status).toBe(404)
    const preflight = await sameBothWays('/ticketing/bookings', { headers: { Origin: 'http://localhost:3000' }, method: 'OPTIONS' })
    expect(preflight).toMatchObject({ headers: { 'access-control-allow-origin': 'http://localhost:3000' }, status: 200 })
  })

  it('price a quote by id or slug with its route parameter decoded, and refuse bad values the same way', async () => {
    expect(await sameBothWays(`/ticketing/events/${eventId}/quote?quantity=3`, { method: 'GET' })).toMatchObject({ body: { quantity: 3, total: 135000 }, status: 200 })
    expect(await sameBothWays('/ticketing/events/node-route-gala/quote?quantity=2', { method: 'GET' })).toMatchObject({ body: { eventId, total: 90000 }, status: 200 })
    expect(await sameBothWays('/ticketing/events/node%2Droute%2Dgala/quote', { method: 'GET' })).toMatchObject({ body: { eventId }, status: 200 })
    expect((await sameBothWays('/ticketing/events/no-such-event/quote', { method: 'GET' })).status).toBe(404)
    expect(await sameBothWays('/ticketing/events/a%00b/quote', { method: 'GET' })).toMatchObject({ body: { error: { code: 'VALIDATION' } }, status: 400 })
    expect(await sameBothWays(`/ticketing/events/${eventId}/quote?quantity=0`, { method: 'GET' })).toMatchObject({ body: { error: { code: 'VALIDATION' } }, status: 400 })
  })

  it('check a webhook signature on the raw body: unsigned refused, signed accepted', async () => {
    const body = JSON.stringify({ data: { object: { id: 'cus_node', object: 'customer' } }, id: `evt_node_${Date.now()}`, object: 'event', type: 'customer.created' })
    const unsigned = await sameBothWays('/ticketing/stripe/webhook', { body, headers: { 'Content-Type': 'application/json' }, method: 'POST' })
    expect(unsigned).toMatchObject({ body: { error: { code: 'SIGNATURE_INVALID' } }, status: 400 })
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_integration' })
    const signed = await sameBothWays('/ticketing/stripe/webhook', { body, headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature }, method: 'POST' })
    expect(signed).toMatchObject({ body: { ignored: true }, status: 200 })
  })
})
