import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { bearer, book, visitor } from '../helpers/ticketing'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** `quantity` seats for a new buyer (or the given one), from the address `ip`. */
const hold = (eventId: number, quantity: number, ip: string, email = visitor().buyer.email) =>
  book({ attendees: Array.from({ length: quantity }, (_, i) => ({ name: `A${i}` })), buyer: { email, name: 'Holder' }, eventId, quantity }, { ip })

describe('hold limits (default: 30 unpaid seats per client address, the event’s maxPerBooking per buyer email)', () => {
  it('one client cannot hold more than its share, even in a burst, while others still book', async () => {
    const event = await createEvent(payload, { capacity: 200, maxPerBooking: 10 })
    const hoarder = visitor().ip
    // Ten requests of 5 seats at once from one address: only 30 seats' worth get through.
    const burst = await Promise.all(Array.from({ length: 10 }, () => hold(event.id as number, 5, hoarder)))
    const statuses = burst.map((r) => r.status).sort()
    expect(statuses.filter((s) => s === 201)).toHaveLength(6)
    expect(statuses.filter((s) => s === 409)).toHaveLength(4)
    const refused = burst.find((r) => r.status === 409)!
    expect(refused.body.error).toMatchObject({ code: 'HOLD_LIMIT', details: { limit: 'client' } })
    // Everybody else books as usual.
    for (let i = 0; i < 3; i++) expect((await hold(event.id as number, 5, visitor().ip)).status).toBe(201)
    const seats = await payload.findByID({ collection: 'city-events', id: event.id })
    expect(seats.seatsHeld).toBe(45)
  })

  it('a burst from one client spread over ten events at once gets no further: each hold counts the ones committed before it', async () => {
    const events = await Promise.all(Array.from({ length: 10 }, () => createEvent(payload, { capacity: 50, maxPerBooking: 10 })))
    const hoarder = visitor().ip
    // No two of these wait on the same event row: only the client's lock orders them.
    const burst = await Promise.all(events.map((event) => hold(event.id as number, 5, hoarder)))
    expect(burst.filter((r) => r.status === 201)).toHaveLength(6)
    expect(burst.filter((r) => r.status === 409).map((r) => r.body.error.details)).toEqual(Array(4).fill({ limit: 'client' }))
  })

  it('counts across events, and a hold paid for or cancelled makes room again', async () => {
    const first = await createEvent(payload, { capacity: 100, maxPerBooking: 10 })
    const second = await createEvent(payload, { capacity: 100, maxPerBooking: 10 })
    const client = visitor().ip
    const held = []
    for (let i = 0; i < 3; i++) held.push(await hold(first.id as number, 9, client))
    expect(held.map((r) => r.status)).toEqual([201, 201, 201])
    const over = await hold(second.id as number, 4, client)
    expect(over.status).toBe(409)
    expect(over.body.error.code).toBe('HOLD_LIMIT')
    expect((await hold(second.id as number, 3, client)).status).toBe(201)
    const cancelled = await rest('POST', `/ticketing/bookings/${held[0].body.reference}/cancel`, { headers: bearer(held[0].body.accessToken) })
    expect(cancelled.status).toBe(200)
    expect((await hold(second.id as number, 9, client)).status).toBe(201)
  })

  it('one buyer email holds at most maxPerBooking unpaid seats per event, whatever its case or address', async () => {
    const event = await createEvent(payload, { capacity: 100, maxPerBooking: 4 })
    const other = await createEvent(payload, { capacity: 100, maxPerBooking: 4 })
    const email = visitor().buyer.email
    expect((await hold(event.id as number, 3, visitor().ip, email)).status).toBe(201)
    const again = await hold(event.id as number, 2, visitor().ip, email.toUpperCase())
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ code: 'HOLD_LIMIT', details: { limit: 'email' } })
    expect((await hold(event.id as number, 1, visitor().ip, email)).status).toBe(201)
    expect((await hold(other.id as number, 4, visitor().ip, email)).status).toBe(201)
  })

  it('rate limits are checked before hold limits', async () => {
    const event = await createEvent(payload, { capacity: 200, maxPerBooking: 10 })
    const client = visitor().ip
    for (let i = 0; i < 3; i++) expect((await hold(event.id as number, 10, client)).status).toBe(201)
    expect((await hold(event.id as number, 1, client)).body.error.code).toBe('HOLD_LIMIT')
    // The per-address budget (30 per 10 minutes) is spent by every request, refused ones included.
    let last = await hold(event.id as number, 1, client)
    for (let i = 0; i < 30 && last.status !== 429; i++) last = await hold(event.id as number, 1, client)
    expect(last.status).toBe(429)
    expect(last.body.error.code).toBe('RATE_LIMITED')
  })
})
