import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { EVENT_STATUSES } from './eventStatus'
import { type EventStatusChange, eventStatusChangeRefusal } from './eventStatusChange'

const status = fc.constantFrom(...EVENT_STATUSES)
/** Any change of a stored event (from is never null here). */
const change = fc.record({ byAdmin: fc.boolean(), from: status, hasBookings: fc.boolean(), to: status })
const allowed = (c: EventStatusChange) => eventStatusChangeRefusal(c) === null
const check = (predicate: (c: EventStatusChange) => void) =>
  fc.assert(
    fc.property(change, (c) => {
      predicate(c)
    }),
  )

describe('event status changes through the form or API', () => {
  it('a cancelled event is never reopened, by anyone', () => {
    check((c) => {
      if (c.from === 'CANCELLED' && c.to !== 'CANCELLED') expect(allowed(c)).toBe(false)
    })
  })

  it('nobody cancels an event by changing its status (only the cancel-and-refund action does)', () => {
    check((c) => {
      if (c.to === 'CANCELLED' && c.from !== 'CANCELLED') expect(allowed(c)).toBe(false)
    })
  })

  it('an editor never stops or reopens the sales of an event with bookings (publishing a draft opens them for the first time)', () => {
    const selling = (s: string) => s === 'PUBLISHED' || s === 'SOLD_OUT'
    check((c) => {
      if (!c.byAdmin && c.hasBookings && c.from !== c.to && c.from !== 'DRAFT' && (selling(c.from!) || selling(c.to))) expect(allowed(c)).toBe(false)
    })
  })

  it('SOLD_OUT is never set or lifted by hand, nor given at creation', () => {
    check((c) => {
      if (c.from !== c.to && (c.to === 'SOLD_OUT' || (c.from === 'SOLD_OUT' && c.to === 'PUBLISHED'))) expect(allowed(c)).toBe(false)
    })
    expect(allowed({ byAdmin: true, from: null, hasBookings: false, to: 'SOLD_OUT' })).toBe(false)
  })

  it('an event with bookings never goes back to draft; without any it may', () => {
    check((c) => {
      if (c.hasBookings && c.to === 'DRAFT' && c.from !== 'DRAFT') expect(allowed(c)).toBe(false)
    })
    expect(allowed({ byAdmin: false, from: 'PUBLISHED', hasBookings: false, to: 'DRAFT' })).toBe(true)
  })

  it('publishing a draft, keeping a status and creating in any status but SOLD_OUT are allowed', () => {
    expect(allowed({ byAdmin: false, from: 'DRAFT', hasBookings: false, to: 'PUBLISHED' })).toBe(true)
    check((c) => expect(allowed({ ...c, to: c.from! })).toBe(true))
    for (const to of EVENT_STATUSES) expect(allowed({ byAdmin: false, from: null, hasBookings: false, to })).toBe(to !== 'SOLD_OUT')
  })

  it('only an admin marks an event completed, and it stays completed', () => {
    expect(allowed({ byAdmin: true, from: 'PUBLISHED', hasBookings: true, to: 'COMPLETED' })).toBe(true)
    expect(allowed({ byAdmin: false, from: 'PUBLISHED', hasBookings: true, to: 'COMPLETED' })).toBe(false)
    check((c) => {
      if (c.from === 'COMPLETED' && c.to !== 'COMPLETED') expect(allowed(c)).toBe(false)
    })
  })
})
