import { describe, expect, it, vi } from 'vitest'

import type { CityEvent } from '@/payload-types'

import { eventQuote } from './eventQuote'

// A draft has no public quote: only its stored prices are priced (no request is made).
vi.mock('./getQuote', () => ({ getQuote: async () => null }))

const now = new Date('2027-01-10T12:00:00Z')
const draft = (data: Partial<CityEvent>) =>
  ({ capacity: 20, currency: 'EUR', id: 7, maxPerBooking: 4, regularPrice: 45000, seatsAvailable: 20, slug: 'draft', status: 'DRAFT', ...data }) as CityEvent

describe("a draft's preview is priced by the plugin's rule", () => {
  it('applies the early bird until its deadline, and the regular price after', async () => {
    const early = { earlyBirdDeadline: '2027-01-10T12:00:00Z', earlyBirdPrice: 39000 }
    expect(await eventQuote(draft(early), now)).toMatchObject({ earlyBirdEndsAt: '2027-01-10T12:00:00.000Z', ticketType: 'EARLY_BIRD', total: 39000, unitPrice: 39000 })
    expect(await eventQuote(draft(early), new Date('2027-01-10T12:00:00.001Z'))).toMatchObject({ earlyBirdEndsAt: null, ticketType: 'REGULAR', total: 45000 })
  })

  it('counts a free early bird (price 0) as checkout does', async () => {
    const free = await eventQuote(draft({ earlyBirdDeadline: '2027-02-01T00:00:00Z', earlyBirdPrice: 0 }), now)
    expect(free).toMatchObject({ ticketType: 'EARLY_BIRD', total: 0, unitPrice: 0 })
  })
})
