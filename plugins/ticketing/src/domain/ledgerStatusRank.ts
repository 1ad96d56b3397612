export type LedgerKind = 'DISPUTE' | 'PAYMENT' | 'REFUND'

/** A status nothing may replace (a payment succeeded or canceled, a refund or dispute settled). */
export const FINAL_RANK = 9

/**
 * How far along its life a Stripe object of the ledger is. Statuses of equal rank are
 * alternatives at the same stage (a payment that needs a method or an action); a failure
 * outranks `processing`, because a processing payment can only fail or succeed after it.
 * Unknown statuses rank 0, so they never replace a known one.
 */
const RANKS: Record<LedgerKind, Record<string, number>> = {
  DISPUTE: { lost: FINAL_RANK, needs_response: 1, under_review: 2, warning_closed: FINAL_RANK, warning_needs_response: 1, warning_under_review: 2, won: FINAL_RANK },
  PAYMENT: {
    canceled: FINAL_RANK,
    failed: 3,
    processing: 2,
    requires_action: 1,
    requires_capture: 4,
    requires_confirmation: 1,
    requires_payment_method: 1,
    succeeded: FINAL_RANK,
  },
  REFUND: { canceled: FINAL_RANK, failed: FINAL_RANK, pending: 1, requires_action: 1, succeeded: FINAL_RANK },
}

export const ledgerStatusRank = (kind: LedgerKind, status: string): number => RANKS[kind][status] ?? 0

/**
 * Whether a ledger row in `from` may take `to`: only a move forward (a higher rank), or a
 * change within the same stage before the end. Events and reads may arrive in any order;
 * an older state never replaces a newer one.
 */
export const isLedgerMoveForward = (kind: LedgerKind, from: string, to: string): boolean => {
  const before = ledgerStatusRank(kind, from)
  const after = ledgerStatusRank(kind, to)
  return after > before || (after === before && after < FINAL_RANK)
}

/** The known statuses of `kind` that a write of `to` must leave in place (the SQL guard). */
export const ledgerStatusesAhead = (kind: LedgerKind, to: string): string[] =>
  Object.keys(RANKS[kind]).filter((from) => !isLedgerMoveForward(kind, from, to))
