import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { expireHolds } from '../../plugins/ticketing/src/operations/seats/expireHolds'
import { emulatorGateway } from '../helpers/emulatorGateway'
import { createEvent, createStaff, DAYS } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { bearer, book, visitor } from '../helpers/ticketing'

let payload: Payload
let finance: string
let editor: string

beforeAll(async () => {
  payload = await getTestPayload()
  finance = (await createStaff(payload, ['finance'])).token
  editor = (await createStaff(payload, ['editor'])).token
})

const uniqueCode = (prefix = 'TEST') => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`

const createCode = async (data: Record<string, unknown>) =>
  payload.create({ collection: 'promo-codes', data: { code: uniqueCode(), kind: 'PERCENT', percent: 10, ...data } as never })

const quote = (eventId: number | string, query: string, ip = visitor().ip) =>
  rest('GET', `/ticketing/events/${eventId}/quote?${query}`, { headers: { 'X-Forwarded-For': ip } })

const seatsUsed = async (id: number | string) => Number((await sqlRows(payload, sql`SELECT seats_used FROM promo_codes WHERE id = ${id}`))[0].seats_used)

describe('promo codes in the quote', () => {
  it('a PERCENT code takes its share of what is left after the group discount, rounded half-up, whatever the case typed', async () => {
    const event = await createEvent(payload, { groupDiscountPercent: 10, groupMinimum: 2, regularPrice: 10_005 })
    const code = await createCode({ percent: 12.5 })
    const res = await quote(event.id, `quantity=2&promoCode=${code.code.toLowerCase()}`)
    expect(res.status).toBe(200)
    // 20010 − 2001 (group) = 18009; 12.5 % of 18009 = 2251.125 → 2251
    expect(res.body).toMatchObject({ discount: 2001, promoCode: code.code, promoDiscount: 2251, subtotal: 20_010, ticketType: 'GROUP', total: 15_758 })
  })

  it('a FIXED_PER_SEAT code takes its amount per seat, capped at what is left', async () => {
    const event = await createEvent(payload, { regularPrice: 3000 })
    const code = await createCode({ amountPerSeat: 1000, currency: 'EUR', kind: 'FIXED_PER_SEAT' })
    expect((await quote(event.id, `quantity=3&promoCode=${code.code}`)).body).toMatchObject({ promoDiscount: 3000, total: 6000 })
    const big = await createCode({ amountPerSeat: 5000, currency: 'EUR', kind: 'FIXED_PER_SEAT' })
    expect((await quote(event.id, `quantity=2&promoCode=${big.code}`)).body).toMatchObject({ promoDiscount: 6000, total: 0 })
  })

  it('without a code the quote says promoCode null and promoDiscount 0', async () => {
    const event = await createEvent(payload)
    expect((await quote(event.id, 'quantity=1')).body).toMatchObject({ promoCode: null, promoDiscount: 0, total: 45_000 })
  })

  it.each([
    ['UNKNOWN', () => ({ code: 'NO-SUCH-CODE-X' }), {}],
    ['INACTIVE', () => ({ active: false }), {}],
    ['NOT_STARTED', () => ({ validFrom: DAYS(2) }), {}],
    ['EXPIRED', () => ({ validFrom: DAYS(-3), validUntil: DAYS(-1) }), {}],
    ['EXHAUSTED', () => ({ maxSeats: 1 }), { quantity: 2 }],
    ['WRONG_CURRENCY', () => ({ amountPerSeat: 500, currency: 'CAD', kind: 'FIXED_PER_SEAT' }), {}],
    ['NOT_COMBINABLE', () => ({}), { earlyBird: true }],
  ] as const)('a code that cannot apply answers 409 PROMO_INVALID with reason %s, to the quote and to a booking', async (reason, data, options) => {
    const event = await createEvent(payload, {
      maxPerBooking: 5,
      ...('earlyBird' in options ? { earlyBirdDeadline: DAYS(10), earlyBirdPrice: 30_000 } : {}),
    })
    const typed = reason === 'UNKNOWN' ? uniqueCode('NOPE') : (await createCode(data())).code
    const quantity = 'quantity' in options ? options.quantity : 1
    const attendees = Array.from({ length: quantity }, (_, i) => ({ name: `A${i}` }))
    const quoted = await quote(event.id, `quantity=${quantity}&promoCode=${typed}`)
    expect(quoted.status).toBe(409)
    expect(quoted.body.error).toMatchObject({ code: 'PROMO_INVALID', details: { reason } })
    const booked = await book({ attendees, eventId: event.id, promoCode: typed, quantity })
    expect(booked.status).toBe(409)
    expect(booked.body.error).toMatchObject({ code: 'PROMO_INVALID', details: { reason } })
    // Nothing was held.
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsHeld).toBe(0)
  })

  it('NOT_FOR_EVENT: a code limited to other events', async () => {
    const [event, other] = await Promise.all([createEvent(payload), createEvent(payload)])
    const code = await createCode({ events: [other.id] })
    expect((await quote(event.id, `promoCode=${code.code}`)).body.error.details.reason).toBe('NOT_FOR_EVENT')
    expect((await quote(other.id, `promoCode=${code.code}`)).status).toBe(200)
  })

  it('a code combining with the early bird takes its share of the early-bird price', async () => {
    const event = await createEvent(payload, { earlyBirdDeadline: DAYS(10), earlyBirdPrice: 30_000 })
    const code = await createCode({ combinesWithEarlyBird: true, percent: 50 })
    expect((await quote(event.id, `promoCode=${code.code}`)).body).toMatchObject({ promoDiscount: 15_000, ticketType: 'EARLY_BIRD', total: 15_000 })
  })
})

describe('promo codes at booking', () => {
  it('the booking stores the code and its discount, the view shows them, and the code counts its seats', async () => {
    const event = await createEvent(payload)
    const code = await createCode({ maxSeats: 5, percent: 20 })
    const booked = await book({ attendees: [{ name: 'A' }, { name: 'B' }], eventId: event.id, expectedTotal: 72_000, promoCode: code.code.toLowerCase(), quantity: 2 })
    expect(booked.status).toBe(201)
    expect(booked.body).toMatchObject({ promoCode: code.code, promoDiscount: 18_000, status: 'PENDING', subtotal: 90_000, total: 72_000 })
    const view = await rest('GET', `/ticketing/bookings/${booked.body.reference}`, { headers: bearer(booked.body.accessToken) })
    expect(view.body).toMatchObject({ promoCode: code.code, promoDiscount: 18_000, total: 72_000 })
    expect(await seatsUsed(code.id)).toBe(2)
  })

  it('expectedTotal without the discount answers PRICE_CHANGED with the quote that has it', async () => {
    const event = await createEvent(payload)
    const code = await createCode({ percent: 10 })
    const booked = await book({ eventId: event.id, expectedTotal: 45_000, promoCode: code.code })
    expect(booked.status).toBe(409)
    expect(booked.body.error).toMatchObject({ code: 'PRICE_CHANGED', details: { quote: { promoCode: code.code, promoDiscount: 4500, total: 40_500 } } })
    expect(await seatsUsed(code.id)).toBe(0)
  })

  it('100 concurrent bookings on a code with maxSeats 10: exactly 10 seats discounted, the others refused as EXHAUSTED', async () => {
    const event = await createEvent(payload, { capacity: 200 })
    const code = await createCode({ maxSeats: 10, percent: 10 })
    const results = await Promise.all(Array.from({ length: 100 }, () => book({ eventId: event.id, promoCode: code.code })))
    const accepted = results.filter((r) => r.status === 201)
    expect(accepted).toHaveLength(10)
    for (const refused of results.filter((r) => r.status !== 201)) {
      expect(refused.status).toBe(409)
      expect(refused.body.error).toMatchObject({ code: 'PROMO_INVALID', details: { reason: 'EXHAUSTED' } })
    }
    const [row] = await sqlRows(payload, sql`SELECT count(*) AS bookings, coalesce(sum(quantity), 0) AS seats FROM bookings WHERE city_event_id = ${event.id} AND promo_discount > 0`)
    expect(Number(row.seats)).toBe(10)
    expect(await seatsUsed(code.id)).toBe(10)
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsHeld).toBe(10)
  })

  it('a hold that ends gives its seats back to the code: cancelled, then expired', async () => {
    const event = await createEvent(payload)
    const code = await createCode({ maxSeats: 2, percent: 10 })
    const first = await book({ eventId: event.id, promoCode: code.code })
    const second = await book({ eventId: event.id, promoCode: code.code })
    expect([first.status, second.status]).toEqual([201, 201])
    expect((await book({ eventId: event.id, promoCode: code.code })).body.error.details.reason).toBe('EXHAUSTED')

    const cancelled = await rest('POST', `/ticketing/bookings/${first.body.reference}/cancel`, { headers: bearer(first.body.accessToken) })
    expect(cancelled.status).toBe(200)
    expect(await seatsUsed(code.id)).toBe(1)

    await sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 second' WHERE reference = ${second.body.reference}`)
    await expireHolds({ gateway: emulatorGateway(), req: await createLocalReq({}, payload) })
    expect(await seatsUsed(code.id)).toBe(0)
    expect((await book({ eventId: event.id, promoCode: code.code })).status).toBe(201)
  })

  it('a code edited right after a booking used it prices the next booking with its new terms; deactivated, it refuses it', async () => {
    // The process remembers a code for 2 seconds after a booking reads it; an edit is never charged past.
    const event = await createEvent(payload, { capacity: 10 })
    const code = await createCode({ percent: 10 })
    expect((await book({ eventId: event.id, promoCode: code.code })).body).toMatchObject({ promoDiscount: 4500, total: 40_500 })
    await payload.update({ collection: 'promo-codes', data: { percent: 20 } as never, id: code.id })
    expect((await book({ eventId: event.id, promoCode: code.code })).body).toMatchObject({ promoDiscount: 9000, total: 36_000 })
    await payload.update({ collection: 'promo-codes', data: { active: false } as never, id: code.id })
    const refused = await book({ eventId: event.id, promoCode: code.code })
    expect(refused.body.error).toMatchObject({ code: 'PROMO_INVALID', details: { reason: 'INACTIVE' } })
    expect(await seatsUsed(code.id)).toBe(2)
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsHeld).toBe(2)
  })

  it('a 100 % code makes a free booking: confirmed and paid at once, with no payment', async () => {
    const event = await createEvent(payload)
    const code = await createCode({ percent: 100 })
    const booked = await book({ eventId: event.id, expectedTotal: 0, promoCode: code.code })
    expect(booked.status).toBe(201)
    expect(booked.body).toMatchObject({ paymentStatus: 'PAID', promoDiscount: 45_000, status: 'CONFIRMED', total: 0 })
    const pay = await rest('POST', `/ticketing/bookings/${booked.body.reference}/payment-intent`, { headers: bearer(booked.body.accessToken) })
    expect(pay.status).toBe(409)
    const event2 = await payload.findByID({ collection: 'city-events', id: event.id })
    expect([event2.seatsConfirmed, event2.seatsHeld]).toEqual([1, 0])
  })
})

describe('guessing codes', () => {
  it('20 UNKNOWN answers to one client, then 429 for every code from it (a valid one too); another client is not affected', async () => {
    const event = await createEvent(payload)
    const valid = await createCode({})
    const ip = visitor().ip
    for (let i = 0; i < 20; i += 1) {
      const res = await quote(event.id, `promoCode=${uniqueCode('GUESS')}`, ip)
      expect(res.body.error).toMatchObject({ code: 'PROMO_INVALID', details: { reason: 'UNKNOWN' } })
    }
    const over = await quote(event.id, `promoCode=${uniqueCode('GUESS')}`, ip)
    expect(over.status).toBe(429)
    expect(over.body.error.code).toBe('RATE_LIMITED')
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await quote(event.id, `promoCode=${valid.code}`, ip)).status).toBe(429)
    expect((await book({ eventId: event.id, promoCode: valid.code }, { ip })).status).toBe(429)
    expect((await quote(event.id, `promoCode=${valid.code}`)).status).toBe(200)
  })

  it('a client out of guesses gets 429 for a code the process remembers from another booking, and holds nothing', async () => {
    const event = await createEvent(payload)
    const valid = await createCode({})
    expect((await book({ eventId: event.id, promoCode: valid.code })).status).toBe(201)
    const ip = visitor().ip
    for (let i = 0; i < 20; i += 1) expect((await quote(event.id, `promoCode=${uniqueCode('GUESS')}`, ip)).status).toBe(409)
    const refused = await book({ eventId: event.id, promoCode: valid.code }, { ip })
    expect(refused.status).toBe(429)
    expect(refused.body.error.code).toBe('RATE_LIMITED')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsHeld).toBe(1)
    expect(await seatsUsed(valid.id)).toBe(1)
  })
})

describe('promo codes in the admin and the export', () => {
  it('finance creates a code over REST: stored upper-case, unique ignoring case; bad values are refused per field', async () => {
    const code = uniqueCode('Spring').toLowerCase()
    const created = await rest('POST', '/promo-codes', { body: { code, kind: 'PERCENT', percent: 15 }, token: finance })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ code: code.toUpperCase(), seatsUsed: 0 })
    expect((await rest('POST', '/promo-codes', { body: { code, kind: 'PERCENT', percent: 15 }, token: finance })).status).toBe(400)
    const bad = await rest('POST', '/promo-codes', { body: { code: 'a b', kind: 'PERCENT', percent: 100.001 }, token: finance })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors.map((e: { path: string }) => e.path).sort()).toEqual(['code', 'percent'])
    const fixed = await rest('POST', '/promo-codes', { body: { code: uniqueCode(), kind: 'FIXED_PER_SEAT' }, token: finance })
    expect(fixed.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain('amountPerSeat')
  })

  it('editors and visitors cannot read codes', async () => {
    await createCode({})
    expect((await rest('GET', '/promo-codes', { token: editor })).status).toBe(403)
    expect((await rest('GET', '/promo-codes')).status).toBe(403)
  })

  it('the CSV export ends with promoCode and promoDiscount (empty and 0.00 without a code)', async () => {
    const event = await createEvent(payload)
    const code = await createCode({ percent: 10 })
    const withCode = await book({ eventId: event.id, promoCode: code.code })
    const without = await book({ eventId: event.id })
    const res = await rest('GET', `/ticketing/exports/bookings.csv?event=${event.id}`, { token: finance })
    expect(res.status).toBe(200)
    const lines = (res.body as string).replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    expect(lines[0].endsWith(',paymentIntentId,promoCode,promoDiscount')).toBe(true)
    const line = (reference: string) => lines.find((l) => l.startsWith(reference)) as string
    expect(line(withCode.body.reference).endsWith(`,${code.code},45.00`)).toBe(true)
    expect(line(without.body.reference).endsWith(',,0.00')).toBe(true)
  })
})
