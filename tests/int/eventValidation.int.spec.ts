import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff, DAYS, defaultSeller } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'

let payload: Payload
let editor: string
let seller: number

beforeAll(async () => {
  payload = await getTestPayload()
  editor = (await createStaff(payload, ['editor'])).token
  seller = await defaultSeller(payload)
})

const base = { capacity: 20, city: 'Nantes', country: 'FR', currency: 'EUR', regularPrice: 40000, startsAt: DAYS(30), status: 'PUBLISHED', timezone: 'Europe/Paris', title: 'Nantes' }

const errorsOf = async (data: Record<string, unknown>) => {
  const res = await rest('POST', '/city-events', { body: { ...base, seller, slug: `v-${Math.random().toString(36).slice(2, 8)}`, ...data }, token: editor })
  return { paths: (res.body.errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path), res }
}

describe('city event validation', () => {
  it.each([
    ['early-bird price without deadline', { earlyBirdPrice: 30000 }, 'earlyBirdDeadline'],
    ['early-bird price not below regular', { earlyBirdDeadline: DAYS(5), earlyBirdPrice: 40000 }, 'earlyBirdPrice'],
    ['group minimum of 1', { groupDiscountPercent: 10, groupMinimum: 1 }, 'groupMinimum'],
    ['group discount over 100%', { groupDiscountPercent: 120, groupMinimum: 3 }, 'groupDiscountPercent'],
    ['group discount with three decimals', { groupDiscountPercent: 10.125, groupMinimum: 3 }, 'groupDiscountPercent'],
    ['unknown time zone', { timezone: 'Europe/Atlantis' }, 'timezone'],
    ['end before start', { endsAt: DAYS(29) }, 'endsAt'],
    ['paid event published without a seller', { seller: null }, 'seller'],
  ])('rejects %s with a message on the field', async (_name, data, path) => {
    const { paths, res } = await errorsOf(data)
    expect(res.status).toBe(400)
    expect(paths).toContain(path)
  })

  it('accepts a valid event', async () => {
    const { res } = await errorsOf({ earlyBirdDeadline: DAYS(5), earlyBirdPrice: 35000, groupDiscountPercent: 12.5, groupMinimum: 3 })
    expect(res.status).toBe(201)
  })

  it('refuses a capacity below the seats already confirmed or held, and lifts SOLD_OUT when raised', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    await payload.create({ collection: 'bookings', data: { buyer: { email: 'a@b.co', name: 'A' }, cityEvent: event.id, quantity: 3 } as never })
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).status).toBe('SOLD_OUT')
    const lower = await rest('PATCH', `/city-events/${event.id}`, { body: { capacity: 2 }, token: editor })
    expect(lower.status).toBe(400)
    expect(lower.body.errors[0].data.errors[0]).toMatchObject({ path: 'capacity' })
    const raise = await rest('PATCH', `/city-events/${event.id}`, { body: { capacity: 5 }, token: editor })
    expect(raise.status).toBe(200)
    expect(raise.body.doc).toMatchObject({ seatsAvailable: 2, status: 'PUBLISHED' })
  })

  it('never lets an edit overwrite the live seat counters', async () => {
    const event = await createEvent(payload, { capacity: 5 })
    await payload.create({ collection: 'bookings', data: { buyer: { email: 'a@b.co', name: 'A' }, cityEvent: event.id, quantity: 2 } as never })
    const res = await rest('PATCH', `/city-events/${event.id}`, { body: { seatsAvailable: 5, seatsHeld: 0, venueName: 'Hall' }, token: editor })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ seatsAvailable: 3, seatsHeld: 2 })
  })
})
