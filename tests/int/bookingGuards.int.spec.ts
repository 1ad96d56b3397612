import { deriveKey } from 'altcha-lib/algorithms/sha'
import { solveChallenge } from 'altcha-lib'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { book, visitor } from '../helpers/ticketing'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('Idempotency-Key', () => {
  it('replays the first answer, token included, and never holds seats twice', async () => {
    const event = await createEvent(payload, { capacity: 5 })
    const who = visitor()
    const body = { buyer: who.buyer, eventId: event.id, quantity: 1 }
    const headers = { 'Idempotency-Key': `k-${who.ip}`, 'X-Forwarded-For': who.ip }
    const [first, second] = await Promise.all([
      rest('POST', '/ticketing/bookings', { body, headers }),
      rest('POST', '/ticketing/bookings', { body, headers }),
    ])
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.body).toEqual(first.body)
    const third = await rest('POST', '/ticketing/bookings', { body, headers })
    expect(third.body).toEqual(first.body)
    expect(third.headers.get('idempotent-replayed')).toBe('true')
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsHeld).toBe(1)
  })

  it('answers 422 IDEMPOTENCY_KEY_REUSED to the same key with another body', async () => {
    const event = await createEvent(payload)
    const who = visitor()
    const headers = { 'Idempotency-Key': `reuse-${who.ip}`, 'X-Forwarded-For': who.ip }
    expect((await rest('POST', '/ticketing/bookings', { body: { buyer: who.buyer, eventId: event.id, quantity: 1 }, headers })).status).toBe(201)
    const other = await rest('POST', '/ticketing/bookings', { body: { buyer: who.buyer, eventId: event.id, locale: 'en', quantity: 1 }, headers })
    expect(other.status).toBe(422)
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })
})

describe('rate limits (stored in PostgreSQL)', () => {
  it('limits booking creation per buyer email: 10 per hour, then 429 with Retry-After', async () => {
    const event = await createEvent(payload, { capacity: 100 })
    const email = `limited-${Date.now()}@example.com`
    for (let i = 0; i < 10; i++) {
      const res = await book({ buyer: { email, name: 'Same' }, eventId: event.id })
      expect(res.status).toBe(201)
    }
    const limited = await book({ buyer: { email: email.toUpperCase(), name: 'Same' }, eventId: event.id })
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('limits booking creation per client IP: 30 per 10 minutes, even with bad bodies', async () => {
    const ip = visitor().ip
    for (let i = 0; i < 30; i++) expect((await book({ eventId: 'no-such' }, { ip })).status).toBe(404)
    const limited = await book({ eventId: 'no-such' }, { ip })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await book({ eventId: 'no-such' })).status).toBe(404)
  })

  it('counts accepted bookings against the address limit too, and a refused one holds no seat', async () => {
    const event = await createEvent(payload, { capacity: 100 })
    const ip = visitor().ip
    for (let i = 0; i < 30; i++) expect((await book({ buyer: visitor().buyer, eventId: event.id }, { ip })).status).toBe(201)
    const limited = await book({ buyer: visitor().buyer, eventId: event.id }, { ip })
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('RATE_LIMITED')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(500)
    const stored = await payload.find({ collection: 'bookings', limit: 0, where: { cityEvent: { equals: event.id } } })
    expect(stored.totalDocs).toBe(30)
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsHeld).toBe(30)
  })

  it('reads the client address from the entry the trusted proxy appended, not from what the client sent', async () => {
    const ip = visitor().ip
    for (let i = 0; i < 30; i++) await book({ eventId: 'no-such' }, { ip })
    // A client prepending a fake address does not escape its own bucket.
    const spoofed = await book({ eventId: 'no-such' }, { ip: `1.2.3.4, ${ip}` })
    expect(spoofed.status).toBe(429)
  })
})

describe('captcha', () => {
  afterEach(() => {
    process.env.TICKETING_CAPTCHA = 'off'
  })

  it('requires a solved ALTCHA challenge when on, and accepts each solution once', async () => {
    process.env.TICKETING_CAPTCHA = 'on'
    const event = await createEvent(payload)
    const missing = await book({ eventId: event.id })
    expect(missing.body.error.code).toBe('CAPTCHA_REQUIRED')
    const challenge = (await rest('GET', '/ticketing/captcha')).body
    expect(challenge.required).toBe(true)
    const solution = await solveChallenge({ challenge, deriveKey })
    const captcha = Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString('base64')
    const wrong = await book({ captcha: Buffer.from(JSON.stringify({ challenge, solution: { ...solution, counter: solution!.counter + 1 } })).toString('base64'), eventId: event.id })
    expect(wrong.body.error.code).toBe('CAPTCHA_INVALID')
    const ok = await book({ captcha, eventId: event.id })
    expect(ok.status).toBe(201)
    const replay = await book({ captcha, eventId: event.id })
    expect(replay.status).toBe(400)
    expect(replay.body.error.code).toBe('CAPTCHA_INVALID')
  })

  it('asks ten times the work while most of an event’s unsold seats are held, and refuses easier solutions then', async () => {
    process.env.TICKETING_CAPTCHA = 'off'
    const event = await createEvent(payload, { capacity: 10, maxPerBooking: 6 })
    const solved = async (path: string) => {
      const challenge = (await rest('GET', path)).body
      const solution = await solveChallenge({ challenge, deriveKey })
      return { captcha: Buffer.from(JSON.stringify({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution })).toString('base64'), work: challenge.parameters.data.work }
    }
    const calm = await solved(`/ticketing/captcha?event=${event.slug}`)
    expect(calm.work).toBe(1)
    // Six of the ten seats held by unpaid bookings: more than half of what is left.
    expect((await book({ attendees: Array.from({ length: 6 }, (_, i) => ({ name: `A${i}` })), eventId: event.id, quantity: 6 })).status).toBe(201)
    process.env.TICKETING_CAPTCHA = 'on'
    const busy = (await rest('GET', `/ticketing/captcha?event=${event.id}`)).body
    expect(busy.parameters.data.work).toBe(10)
    const easy = await book({ captcha: calm.captcha, eventId: event.id })
    expect(easy.status).toBe(400)
    expect(easy.body.error).toMatchObject({ code: 'CAPTCHA_INVALID', details: { workFactor: 10 } })
    const hard = await solved(`/ticketing/captcha?event=${event.slug}`)
    expect((await book({ captcha: hard.captcha, eventId: event.id })).status).toBe(201)
  }, 120_000)
})
