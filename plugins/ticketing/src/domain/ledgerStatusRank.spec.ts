import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLedgerMoveForward, type LedgerKind, ledgerStatusesAhead, ledgerStatusRank } from './ledgerStatusRank'

const STATUSES: Record<LedgerKind, string[]> = {
  DISPUTE: ['warning_needs_response', 'warning_under_review', 'warning_closed', 'needs_response', 'under_review', 'won', 'lost', 'mystery'],
  PAYMENT: ['requires_payment_method', 'requires_confirmation', 'requires_action', 'processing', 'failed', 'requires_capture', 'succeeded', 'canceled', 'mystery'],
  REFUND: ['pending', 'requires_action', 'succeeded', 'failed', 'canceled', 'mystery'],
}

describe('ledger status order', () => {
  it.each([
    ['PAYMENT', 'processing', 'succeeded', true],
    ['PAYMENT', 'succeeded', 'processing', false],
    ['PAYMENT', 'succeeded', 'failed', false],
    ['PAYMENT', 'succeeded', 'canceled', false],
    ['PAYMENT', 'processing', 'failed', true],
    ['PAYMENT', 'failed', 'failed', true],
    ['PAYMENT', 'requires_payment_method', 'requires_action', true],
    ['REFUND', 'succeeded', 'pending', false],
    ['REFUND', 'pending', 'succeeded', true],
    ['DISPUTE', 'won', 'needs_response', false],
    ['DISPUTE', 'under_review', 'lost', true],
    ['PAYMENT', 'succeeded', 'mystery', false],
    ['PAYMENT', 'mystery', 'processing', true],
  ] as const)('%s %s → %s is forward: %s', (kind, from, to, expected) => {
    expect(isLedgerMoveForward(kind, from, to)).toBe(expected)
  })

  it('whatever order the states arrive in, the row ends at the furthest stage and never goes back', () => {
    const kindAndStates = fc.constantFrom<LedgerKind>('PAYMENT', 'REFUND', 'DISPUTE').chain((kind) =>
      fc.tuple(fc.constant(kind), fc.array(fc.constantFrom(...STATUSES[kind]), { maxLength: 12, minLength: 1 })),
    )
    fc.assert(
      fc.property(kindAndStates, ([kind, states]) => {
        let current = states[0]
        for (const next of states.slice(1)) {
          const moved = isLedgerMoveForward(kind, current, next)
          if (moved) {
            expect(ledgerStatusRank(kind, next)).toBeGreaterThanOrEqual(ledgerStatusRank(kind, current))
            current = next
          }
        }
        expect(ledgerStatusRank(kind, current)).toBe(Math.max(...states.map((s) => ledgerStatusRank(kind, s))))
      }),
    )
  })

  it('the SQL guard lists exactly the statuses a write may not replace', () => {
    for (const kind of Object.keys(STATUSES) as LedgerKind[]) {
      for (const to of STATUSES[kind]) {
        const ahead = ledgerStatusesAhead(kind, to)
        for (const from of STATUSES[kind].filter((s) => s !== 'mystery')) expect(ahead.includes(from)).toBe(!isLedgerMoveForward(kind, from, to))
      }
    }
  })
})
