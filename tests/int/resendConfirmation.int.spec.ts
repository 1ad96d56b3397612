import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

let payload: Payload
let finance: string
let eventId: number

beforeAll(async () => {
  payload = await getTestPayload()
  finance = (await createStaff(payload, ['finance'])).token
  // A free event: its bookings are confirmed at once, with a confirmation to resend.
  eventId = (await createEvent(payload, { capacity: 20, regularPrice: 0 })).id
})

const confirmedBooking = async (): Promise<string> => {
  const created = await book({ eventId })
  expect(created.body.status).toBe('CONFIRMED')
  return created.body.reference
}

const resend = (reference: string) => rest('POST', `/ticketing/bookings/${reference}/resend-confirmation`, { body: {}, token: finance })

describe('resend confirmation', () => {
  it('queues the email 20 times an hour per booking, then answers 429 with Retry-After; other bookings are unaffected', async () => {
    const reference = await confirmedBooking()
    for (let i = 0; i < 20; i++) expect((await resend(reference)).status).toBe(202)
    const limited = await resend(reference)
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('RATE_LIMITED')
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await resend(await confirmedBooking())).status).toBe(202)
  })
})
