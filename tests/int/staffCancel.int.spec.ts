import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

let payload: Payload
let eventId: number
let finance: string
let editor: string

beforeAll(async () => {
  payload = await getTestPayload()
  eventId = (await createEvent(payload, { capacity: 5 })).id as number
  finance = (await createStaff(payload, ['finance'])).token
  editor = (await createStaff(payload, ['editor'])).token
})

const seatsHeld = async () => ((await payload.findByID({ id: eventId, collection: 'city-events' })) as { seatsHeld: number }).seatsHeld

describe("POST /api/ticketing/bookings/:reference/cancel from a booking's admin page", () => {
  it('lets finance cancel a pending hold by reference: the seats go back on sale at once', async () => {
    const created = await book({ attendees: [{ name: 'Ada' }, { name: 'Grace' }, { name: 'Alan' }], eventId, quantity: 3 })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(await seatsHeld()).toBe(3)
    const cancelled = await rest('POST', `/ticketing/bookings/${created.body.reference}/cancel`, { body: {}, token: finance })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ reference: created.body.reference, status: 'CANCELLED' })
    expect(await seatsHeld()).toBe(0)
  })

  it('gives an editor, who may not manage sales, the same 404 as a stranger', async () => {
    const created = await book({ eventId, quantity: 1 })
    const refused = await rest('POST', `/ticketing/bookings/${created.body.reference}/cancel`, { body: {}, token: editor })
    expect(refused.status).toBe(404)
    expect(refused.body.error.code).toBe('BOOKING_NOT_FOUND')
    expect(await seatsHeld()).toBe(1)
  })
})
