import { describe, expect, it } from 'vitest'
import { PAYMENT_STATUSES, canTransitionPayment, isPaymentStatus, type PaymentStatus } from './paymentStatus'

/** The complete allowed set; every pair not listed must be rejected. */
const ALLOWED: Record<PaymentStatus, PaymentStatus[]> = {
  PENDING: ['PROCESSING', 'PAID', 'FAILED'],
  PROCESSING: ['PAID', 'FAILED'],
  FAILED: ['PROCESSING', 'PAID', 'FAILED'],
  PAID: ['PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED'],
  PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED'],
  DISPUTED: ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'],
  REFUNDED: [],
}

const pairs = PAYMENT_STATUSES.flatMap((from) => PAYMENT_STATUSES.map((to) => [from, to] as const))

describe('canTransitionPayment', () => {
  it('lists the seven statuses', () => {
    expect([...PAYMENT_STATUSES]).toEqual([
      'PENDING',
      'PROCESSING',
      'PAID',
      'FAILED',
      'PARTIALLY_REFUNDED',
      'REFUNDED',
      'DISPUTED',
    ])
  })

  it.each(pairs)('%s → %s matches the transition table', (from, to) => {
    expect(canTransitionPayment(from, to)).toBe(ALLOWED[from].includes(to))
  })

  it('never lets a late FAILED or PROCESSING undo PAID', () => {
    expect(canTransitionPayment('PAID', 'FAILED')).toBe(false)
    expect(canTransitionPayment('PAID', 'PROCESSING')).toBe(false)
    expect(canTransitionPayment('PAID', 'PENDING')).toBe(false)
  })

  it('allows retrying after a failure', () => {
    expect(canTransitionPayment('FAILED', 'PROCESSING')).toBe(true)
    expect(canTransitionPayment('FAILED', 'FAILED')).toBe(true)
    expect(canTransitionPayment('FAILED', 'PAID')).toBe(true)
  })

  it('resolves a dispute: won → PAID, lost → REFUNDED', () => {
    expect(canTransitionPayment('DISPUTED', 'PAID')).toBe(true)
    expect(canTransitionPayment('DISPUTED', 'REFUNDED')).toBe(true)
    expect(canTransitionPayment('DISPUTED', 'FAILED')).toBe(false)
  })

  it('treats REFUNDED as terminal', () => {
    for (const to of PAYMENT_STATUSES) expect(canTransitionPayment('REFUNDED', to)).toBe(false)
  })

  it('rejects unknown statuses, including Object.prototype keys', () => {
    expect(canTransitionPayment('PENDING', 'CONFIRMED' as PaymentStatus)).toBe(false)
    expect(canTransitionPayment('__proto__' as PaymentStatus, 'PAID')).toBe(false)
  })
})

describe('isPaymentStatus', () => {
  it('accepts exactly the known statuses', () => {
    for (const s of PAYMENT_STATUSES) expect(isPaymentStatus(s)).toBe(true)
    for (const s of ['paid', 'CONFIRMED', '', undefined, 0, 'hasOwnProperty']) expect(isPaymentStatus(s)).toBe(false)
  })
})
