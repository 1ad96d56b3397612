/**
 * Payment lifecycle. Statuses never move backwards: once PAID, a payment can
 * only be refunded (partially or fully) or disputed, so a late or replayed
 * `payment_failed` / `processing` event never undoes a successful payment.
 *
 *   PENDING            → PROCESSING | PAID | FAILED
 *   PROCESSING         → PAID | FAILED
 *   FAILED             → PROCESSING | PAID | FAILED   (customer retries)
 *   PAID               → PARTIALLY_REFUNDED | REFUNDED | DISPUTED
 *   PARTIALLY_REFUNDED → PARTIALLY_REFUNDED | REFUNDED | DISPUTED
 *   DISPUTED           → PAID | PARTIALLY_REFUNDED (dispute won) | REFUNDED (lost)
 *   REFUNDED           → (terminal)
 */
export const PAYMENT_STATUSES = [
  'PENDING',
  'PROCESSING',
  'PAID',
  'FAILED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'DISPUTED',
] as const

export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

const PAYMENT_TRANSITIONS: ReadonlyMap<string, readonly PaymentStatus[]> = new Map<PaymentStatus, PaymentStatus[]>([
  ['PENDING', ['PROCESSING', 'PAID', 'FAILED']],
  ['PROCESSING', ['PAID', 'FAILED']],
  ['FAILED', ['PROCESSING', 'PAID', 'FAILED']],
  ['PAID', ['PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED']],
  ['PARTIALLY_REFUNDED', ['PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED']],
  ['DISPUTED', ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED']],
  ['REFUNDED', []],
])

/** True when `value` is one of PAYMENT_STATUSES. */
export function isPaymentStatus(value: unknown): value is PaymentStatus {
  return typeof value === 'string' && PAYMENT_TRANSITIONS.has(value)
}

/**
 * Whether a payment may move from `from` to `to`. The only self-transitions
 * are FAILED → FAILED (another failed attempt) and PARTIALLY_REFUNDED →
 * PARTIALLY_REFUNDED (another partial refund); other same-status writes return
 * false and should be treated as idempotent no-ops. Unknown statuses return false.
 */
export function canTransitionPayment(from: PaymentStatus, to: PaymentStatus): boolean {
  return isPaymentStatus(to) && (PAYMENT_TRANSITIONS.get(from)?.includes(to) ?? false)
}
