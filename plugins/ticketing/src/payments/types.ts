/** A PaymentIntent as the booking flow sees it, whatever the provider. */
export type PaymentIntentState = {
  id: string
  amount: number
  amountReceived: number
  clientSecret: null | string
  created: number
  currency: string
  /** Set after a failed attempt (the PaymentIntent is back to requires_payment_method). */
  lastPaymentError: null | { code: null | string; message: null | string }
  metadata: Record<string, string>
  status: 'canceled' | 'processing' | 'requires_action' | 'requires_capture' | 'requires_confirmation' | 'requires_payment_method' | 'succeeded'
}

export type RefundState = {
  id: string
  amount: number
  currency: string
  failureReason: null | string
  paymentIntentId: null | string
  /** The staff refund request that made it (its `refundRequestId` metadata), if any. */
  requestId: null | string
  status: 'canceled' | 'failed' | 'pending' | 'requires_action' | 'succeeded'
}

export type DisputeState = { id: string; amount: number; currency: string; paymentIntentId: null | string; reason: string; status: string }

export type CreatePaymentIntentInput = {
  amount: number
  currency: string
  customerId: null | string
  description: string
  idempotencyKey: string
  metadata: Record<string, string>
  receiptEmail: string
}

export type RefundReason = 'duplicate' | 'fraudulent' | 'requested_by_customer'

/** A webhook delivery the provider signed, reduced to what the plugin needs (see parseWebhook). */
export type PaymentWebhookEvent = {
  /** The provider's event id: each one is processed once (unique in `stripe-events`). */
  id: string
  /** The provider's event type, kept in the event log. */
  type: string
  action: PaymentAction
}

/**
 * What the booking flow needs from a payment provider — the only way the plugin talks to one.
 * The Stripe implementation is `stripeGateway`; a host passes another through the
 * `paymentGateway` plugin option. Provider faults are thrown as ProviderUnavailableError
 * (→ 503, retried), unknown ids as ProviderObjectMissingError.
 */
export type PaymentGateway = {
  /** Handed to the pay page (Stripe.js); empty when the provider has none. */
  publishableKey: string
  cancelPaymentIntent(id: string): Promise<void>
  createPaymentIntent(input: CreatePaymentIntentInput): Promise<PaymentIntentState>
  createRefund(input: { amount: number; idempotencyKey: string; metadata: Record<string, string>; paymentIntentId: string; reason?: RefundReason }): Promise<RefundState>
  findOrCreateCustomer(input: { email: string; name: string }): Promise<string>
  /**
   * Deletes a customer and what the provider keeps about them (erasure of personal data). A
   * customer already deleted or unknown counts as done; provider faults throw
   * ProviderUnavailableError, so the caller can try again later.
   */
  deleteCustomer(id: string): Promise<void>
  listRecentPaymentIntents(createdSince: number): Promise<PaymentIntentState[]>
  listRefunds(paymentIntentId: string): Promise<RefundState[]>
  /** Disputes opened since a time (unix seconds): reconciliation repairs what a lost webhook left out. */
  listRecentDisputes(createdSince: number): Promise<DisputeState[]>
  retrieveDispute(id: string): Promise<DisputeState>
  retrievePaymentIntent(id: string): Promise<PaymentIntentState>
  updatePaymentIntentAmount(id: string, amount: number): Promise<PaymentIntentState>
  /**
   * Checks a webhook delivery on its raw body (signature, age) and reduces it to its id, type
   * and action. Throws WebhookRejectedError when it cannot be trusted (the endpoint answers 400).
   */
  parseWebhook(input: { headers: Headers; rawBody: string }): Promise<PaymentWebhookEvent>
}

/**
 * A provider event reduced to what the booking flow acts on (the Medusa pattern): handlers
 * switch on this small union, never on provider event names.
 */
export type PaymentAction =
  | { paymentIntentId: string; type: 'payment' }
  | { disputeId: string; paymentIntentId: null | string; type: 'dispute' }
  | { paymentIntentId: string; type: 'refund' }
  | { type: 'ignored' }
