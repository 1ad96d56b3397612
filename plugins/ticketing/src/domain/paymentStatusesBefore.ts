import { canTransitionPayment, PAYMENT_STATUSES, type PaymentStatus } from './paymentStatus'

/**
 * The payment statuses from which `to` may be reached, per the payment state machine. SQL
 * updates use it as their guard (`WHERE payment_status IN (…)`), so the database applies the
 * same "never backwards" rule as the domain.
 */
export const paymentStatusesBefore = (to: PaymentStatus): PaymentStatus[] =>
  PAYMENT_STATUSES.filter((from) => canTransitionPayment(from, to))
