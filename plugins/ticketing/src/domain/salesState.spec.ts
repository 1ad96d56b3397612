import { describe, expect, it } from 'vitest'

import { salesState } from './salesState'

const now = new Date('2027-01-10T12:00:00Z')
const base = { startsAt: '2027-03-12T08:00:00Z', status: 'PUBLISHED' }

describe('salesState', () => {
  it('sells a published or sold-out event before it starts', () => {
    expect(salesState(base, now)).toEqual({ open: true })
    expect(salesState({ ...base, status: 'SOLD_OUT' }, now)).toEqual({ open: true })
  })

  it('hides drafts as not found', () => {
    expect(salesState({ ...base, status: 'DRAFT' }, now)).toMatchObject({ code: 'EVENT_NOT_FOUND', open: false })
  })

  it.each(['CANCELLED', 'COMPLETED'])('closes sales of a %s event', (status) => {
    expect(salesState({ ...base, status }, now)).toMatchObject({ code: 'SALES_CLOSED' })
  })

  it('closes sales once the event has started (start instant included)', () => {
    expect(salesState({ ...base, startsAt: now.toISOString() }, now)).toMatchObject({ code: 'SALES_CLOSED' })
    expect(salesState({ ...base, startsAt: '2027-01-10T12:00:00.001Z' }, now)).toEqual({ open: true })
  })

  it('honours the sales window: open from salesOpenAt, closed from salesCloseAt', () => {
    expect(salesState({ ...base, salesOpenAt: '2027-01-10T12:00:00.001Z' }, now)).toMatchObject({ code: 'SALES_CLOSED' })
    expect(salesState({ ...base, salesOpenAt: now.toISOString() }, now)).toEqual({ open: true })
    expect(salesState({ ...base, salesCloseAt: now.toISOString() }, now)).toMatchObject({ code: 'SALES_CLOSED' })
    expect(salesState({ ...base, salesCloseAt: '2027-01-10T12:00:00.001Z' }, now)).toEqual({ open: true })
  })

  it('tells why, in the order the checks run (cancelled before started, window opening before closing)', () => {
    expect(salesState({ ...base, status: 'DRAFT' }, now)).toMatchObject({ reason: 'draft' })
    expect(salesState({ ...base, startsAt: now.toISOString(), status: 'CANCELLED' }, now)).toMatchObject({ reason: 'cancelled' })
    expect(salesState({ ...base, status: 'COMPLETED' }, now)).toMatchObject({ reason: 'started' })
    const window = { salesCloseAt: '2027-01-01T00:00:00Z', salesOpenAt: '2027-02-01T00:00:00Z' }
    expect(salesState({ ...base, ...window }, now)).toMatchObject({ reason: 'notYetOpen' })
    expect(salesState({ ...base, salesCloseAt: window.salesCloseAt }, now)).toMatchObject({ reason: 'closed' })
  })
})
