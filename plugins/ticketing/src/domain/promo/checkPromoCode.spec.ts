import { describe, expect, it } from 'vitest'

import { checkPromoCode } from './checkPromoCode'
import { normalizePromoCode } from './normalizePromoCode'
import type { PromoCodeRecord } from './types'

const NOW = new Date('2026-06-01T12:00:00.000Z')
const code = (over: Partial<PromoCodeRecord> = {}): PromoCodeRecord => ({
  active: true,
  eventIds: [],
  id: 1,
  maxSeats: null,
  rule: { code: 'SPRING', combinesWithEarlyBird: false, kind: 'PERCENT', percent: 10 },
  seatsUsed: 0,
  validFrom: null,
  validUntil: null,
  ...over,
})
const check = (over: Partial<PromoCodeRecord>, quantity = 1, eventId = 7) => checkPromoCode(code(over), { eventId, now: NOW, quantity })

describe('checkPromoCode', () => {
  it('accepts a plain active code', () => expect(check({})).toBeNull())
  it('INACTIVE before anything else', () => expect(check({ active: false, validUntil: '2020-01-01T00:00:00Z' })).toBe('INACTIVE'))
  it('NOT_STARTED before validFrom, valid from that instant', () => {
    expect(check({ validFrom: '2026-06-01T12:00:00.001Z' })).toBe('NOT_STARTED')
    expect(check({ validFrom: '2026-06-01T12:00:00.000Z' })).toBeNull()
  })
  it('EXPIRED after validUntil, still valid at that instant', () => {
    expect(check({ validUntil: '2026-06-01T11:59:59.999Z' })).toBe('EXPIRED')
    expect(check({ validUntil: '2026-06-01T12:00:00.000Z' })).toBeNull()
  })
  it('NOT_FOR_EVENT when limited to other events; empty means every event', () => {
    expect(check({ eventIds: [1, 2] })).toBe('NOT_FOR_EVENT')
    expect(check({ eventIds: [7] })).toBeNull()
  })
  it('EXHAUSTED when fewer code seats are left than the quantity (a code applies to every seat or none)', () => {
    expect(check({ maxSeats: 10, seatsUsed: 8 }, 3)).toBe('EXHAUSTED')
    expect(check({ maxSeats: 10, seatsUsed: 8 }, 2)).toBeNull()
  })
})

describe('normalizePromoCode', () => {
  it('trims and upper-cases; refuses what cannot be a code', () => {
    expect(normalizePromoCode('  spring-26 ')).toBe('SPRING-26')
    expect(normalizePromoCode('ab')).toBeNull()
    expect(normalizePromoCode('a'.repeat(33))).toBeNull()
    expect(normalizePromoCode('été')).toBeNull()
    expect(normalizePromoCode(42)).toBeNull()
  })
})
