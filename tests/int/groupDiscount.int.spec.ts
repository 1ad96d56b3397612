import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createStaff, DAYS, defaultSeller } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

let payload: Payload
let editor: string
let seller: number

beforeAll(async () => {
  payload = await getTestPayload()
  editor = (await createStaff(payload, ['editor'])).token
  seller = await defaultSeller(payload)
})

const createWithDiscount = (groupDiscountPercent: number, regularPrice = 5500) =>
  rest('POST', '/city-events', {
    body: {
      capacity: 20,
      city: 'Nantes',
      country: 'FR',
      currency: 'EUR',
      groupDiscountPercent,
      groupMinimum: 2,
      regularPrice,
      seller,
      slug: `group-${Math.random().toString(36).slice(2, 8)}`,
      startsAt: DAYS(30),
      status: 'PUBLISHED',
      timezone: 'Europe/Paris',
      title: 'Nantes',
    },
    token: editor,
  })

describe('group discount with two decimals', () => {
  it.each([[33.33], [17.15], [0.01], [99.99], [100]])('an editor saves %s percent and reads it back unchanged', async (percent) => {
    const res = await createWithDiscount(percent)
    expect(res.status).toBe(201)
    expect(res.body.doc.groupDiscountPercent).toBe(percent)
    const stored = await payload.findByID({ collection: 'city-events', id: res.body.doc.id })
    expect(stored.groupDiscountPercent).toBe(percent)
  })

  it('refuses a third decimal on the field', async () => {
    const res = await createWithDiscount(17.155)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain('groupDiscountPercent')
  })

  it('quotes and books 11000 at 17.15 % with 1887 off (half-up), exactly', async () => {
    const created = await createWithDiscount(17.15)
    const eventId = created.body.doc.id
    const quote = await rest('GET', `/ticketing/events/${eventId}/quote?quantity=2`)
    expect(quote.status).toBe(200)
    expect(quote.body).toMatchObject({ discount: 1887, subtotal: 11000, ticketType: 'GROUP', total: 9113, unitPrice: 5500 })
    const booking = await book({ attendees: [{ name: 'A' }, { name: 'B' }], eventId, expectedTotal: 9113, quantity: 2 })
    expect(booking.status).toBe(201)
    expect(booking.body).toMatchObject({ discount: 1887, total: 9113 })
  })

  it('quotes 33.33 % of 1500 as 500', async () => {
    const created = await createWithDiscount(33.33, 750)
    const quote = await rest('GET', `/ticketing/events/${created.body.doc.id}/quote?quantity=2`)
    expect(quote.body).toMatchObject({ discount: 500, subtotal: 1500, total: 1000 })
  })
})
