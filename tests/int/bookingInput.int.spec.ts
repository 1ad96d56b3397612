import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { book, visitor } from '../helpers/ticketing'

let payload: Payload
let eventId: number

beforeAll(async () => {
  payload = await getTestPayload()
  eventId = (await createEvent(payload, { capacity: 100, maxPerBooking: 4 })).id
})

const post = (rawBody: string, headers: Record<string, string> = {}) =>
  rest('POST', '/ticketing/bookings', { headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': visitor().ip, ...headers }, rawBody })

describe('bad input never gets a 500 and never takes a seat', () => {
  it.each([
    ['malformed JSON', '{"eventId": 1,'],
    ['a JSON array', '[1,2]'],
    ['a JSON string', '"hello"'],
    ['an empty body', ''],
  ])('answers 400 VALIDATION to %s', async (_name, raw) => {
    const res = await post(raw)
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('VALIDATION')
  })

  it('answers 413 PAYLOAD_TOO_LARGE to a body over 32 KiB', async () => {
    const res = await post(JSON.stringify({ eventId, notes: 'x'.repeat(40_000) }))
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('rejects unknown fields by name, including prices a client tries to send', async () => {
    const res = await book({ eventId, total: 1, unitPrice: 1 })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.details.fields)).toEqual(expect.arrayContaining(['total', 'unitPrice']))
  })

  it.each([
    ['quantity 0', { quantity: 0 }, 'quantity'],
    ['a fractional quantity', { quantity: 1.5 }, 'quantity'],
    ['a quantity given as text', { quantity: '2' }, 'quantity'],
    ['more than maxPerBooking', { quantity: 5 }, 'quantity'],
    ['a bad email', { buyer: { email: 'not-an-email', name: 'X' } }, 'buyer.email'],
    ['an empty name', { buyer: { email: 'a@b.co', name: '   ' } }, 'buyer.name'],
    ['a bad phone', { buyer: { email: 'a@b.co', name: 'X', phone: '12' } }, 'buyer.phone'],
    ['a name with control characters', { buyer: { email: 'a@b.co', name: 'A\u0000B' } }, 'buyer.name'],
    ['attendees not matching the quantity', { attendees: [{ name: 'A' }], quantity: 2 }, 'attendees'],
    ['several seats without attendees', { quantity: 2 }, 'attendees'],
    ['an unknown locale', { locale: 'de' }, 'locale'],
    ['a negative expected total', { expectedTotal: -1 }, 'expectedTotal'],
  ])('answers 400 VALIDATION to %s, naming the field', async (_name, body, field) => {
    const res = await book({ eventId, ...body })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('VALIDATION')
    expect(res.body.error.details.fields).toHaveProperty([field])
  })

  it('stores unicode names and injection strings as plain text', async () => {
    const name = "Zoë O'Brien; DROP TABLE bookings;-- <script>alert(1)</script> 🎟️"
    const res = await book({ buyer: { email: 'zoe@example.com', name, phone: '+33 6 12 34 56 78' }, eventId })
    expect(res.status).toBe(201)
    const [doc] = (await payload.find({ collection: 'bookings', where: { reference: { equals: res.body.reference } } })).docs
    expect(doc.buyer).toMatchObject({ name, phone: '+33612345678' })
  })

  it('answers 404 to a GET with a malformed reference or token, never 500', async () => {
    for (const reference of ['x', "MC2026-' OR 1=1 --", '%00', 'MC2026-ABCDEF']) {
      const res = await rest('GET', `/ticketing/bookings/${encodeURIComponent(reference)}`, { headers: { Authorization: 'Bearer nope' } })
      expect(res.status).toBe(404)
    }
  })

  it('answers quotes and 400 VALIDATION for bad quantities', async () => {
    const ok = await rest('GET', `/ticketing/events/${eventId}/quote?quantity=4`)
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ eventId, quantity: 4, seatsAvailable: expect.any(Number), total: 180000, eventStatus: 'PUBLISHED' })
    for (const q of ['0', '5', 'abc', '1.5', '-1', '99999999999']) {
      const res = await rest('GET', `/ticketing/events/${eventId}/quote?quantity=${q}`)
      expect(res.status, q).toBe(400)
      expect(res.body.error.code).toBe('VALIDATION')
    }
    expect((await rest('GET', '/ticketing/events/no-such-slug/quote?quantity=1')).body.error.code).toBe('EVENT_NOT_FOUND')
  })
})
