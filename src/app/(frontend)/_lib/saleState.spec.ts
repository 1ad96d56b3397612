import { describe, expect, it } from 'vitest'

import { saleState } from './saleState'

const now = new Date('2027-01-10T12:00:00Z')
const base = { seatsAvailable: 5, startsAt: '2027-03-12T08:00:00Z', status: 'PUBLISHED' }

describe('the sale state an event page shows', () => {
  it('offers a booking only when the API sells, and says why not otherwise', () => {
    expect(saleState(base, now)).toBe('open')
    expect(saleState({ ...base, status: 'CANCELLED' }, now)).toBe('cancelled')
    expect(saleState({ ...base, status: 'COMPLETED' }, now)).toBe('closed')
    expect(saleState({ ...base, startsAt: now.toISOString() }, now)).toBe('closed')
    expect(saleState({ ...base, salesCloseAt: now.toISOString() }, now)).toBe('closed')
    expect(saleState({ ...base, salesOpenAt: '2027-02-01T00:00:00Z' }, now)).toBe('notYet')
    expect(saleState({ ...base, seatsAvailable: 0 }, now)).toBe('soldOut')
    expect(saleState({ ...base, status: 'SOLD_OUT' }, now)).toBe('soldOut')
  })

  it("follows the API's order: a window that has not opened yet is told before a closing date or a sold-out count", () => {
    const window = { salesCloseAt: '2027-01-01T00:00:00Z', salesOpenAt: '2027-02-01T00:00:00Z' }
    expect(saleState({ ...base, ...window }, now)).toBe('notYet')
    expect(saleState({ ...base, salesOpenAt: window.salesOpenAt, seatsAvailable: 0 }, now)).toBe('notYet')
  })

  it('previews a draft as it will look once published', () => {
    expect(saleState({ ...base, status: 'DRAFT' }, now)).toBe('open')
  })
})
