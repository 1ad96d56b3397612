/** What the booking flow needs from a payment provider (Stripe in production, its emulator in dev and tests). */
export type PaymentIntentState = {
  id: string
  amount: number
  amountReceived: number
  currency: string
  metadata: Record<string, string>
  status: 'canceled' | 'processing' | 'requires_action' | 'requires_capture' | 'requires_confirmation' | 'requires_payment_method' | 'succeeded'
}

export type PaymentGateway = {
  retrievePaymentIntent(id: string): Promise<PaymentIntentState>
  cancelPaymentIntent(id: string): Promise<void>
}

/**
 * A provider event reduced to what the booking flow acts on (the Medusa pattern): handlers
 * switch on this small union, never on provider event names.
 */
export type PaymentAction =
  | { type: 'canceled' | 'failed' | 'processing' | 'succeeded'; paymentIntentId: string }
  | { type: 'disputed'; paymentIntentId: string; disputeId: string }
  | { type: 'ignored' }
  | { type: 'refunded'; paymentIntentId: string; refundId: string }
