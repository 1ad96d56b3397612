import type Stripe from 'stripe'

import { isTransientProviderError, ProviderObjectMissingError, ProviderUnavailableError } from '../providerUnavailable'
import type { DisputeState, PaymentGateway, PaymentIntentState, RefundState } from '../types'
import { createStripeClient } from './createStripeClient'
import type { StripeSettings } from './stripeSettings'
import { verifyStripeWebhook } from './verifyStripeWebhook'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const idOf = (value: { id: string } | null | string | undefined) => (typeof value === 'string' ? value : (value?.id ?? null))

const toIntent = (pi: Stripe.PaymentIntent): PaymentIntentState => ({
  id: pi.id,
  amount: pi.amount,
  amountReceived: pi.amount_received ?? 0,
  clientSecret: pi.client_secret ?? null,
  created: pi.created,
  currency: pi.currency.toUpperCase(),
  lastPaymentError: pi.last_payment_error
    ? { code: pi.last_payment_error.decline_code ?? pi.last_payment_error.code ?? null, message: pi.last_payment_error.message ?? null }
    : null,
  metadata: (pi.metadata ?? {}) as Record<string, string>,
  status: pi.status as PaymentIntentState['status'],
})

const toRefund = (refund: Stripe.Refund): RefundState => ({
  id: refund.id,
  amount: refund.amount,
  currency: refund.currency.toUpperCase(),
  failureReason: refund.failure_reason ?? null,
  paymentIntentId: idOf(refund.payment_intent as never),
  requestId: UUID.test(refund.metadata?.refundRequestId ?? '') ? (refund.metadata?.refundRequestId as string) : null,
  status: (refund.status ?? 'pending') as RefundState['status'],
})

/** Provider faults become ProviderUnavailableError, unknown ids ProviderObjectMissingError; other errors pass through. */
const call = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work()
  } catch (error) {
    if (isTransientProviderError(error)) throw new ProviderUnavailableError(error)
    if ((error as { code?: string })?.code === 'resource_missing') throw new ProviderObjectMissingError(error)
    throw error
  }
}

const toDispute = (dispute: Stripe.Dispute): DisputeState => ({
  id: dispute.id,
  amount: dispute.amount,
  currency: dispute.currency.toUpperCase(),
  paymentIntentId: idOf(dispute.payment_intent as never),
  reason: dispute.reason,
  status: dispute.status,
})

/**
 * The Stripe implementation of PaymentGateway (also used against the local emulator through
 * `apiBaseUrl`). Every create carries an idempotency key; webhooks are checked with the
 * settings' webhook secret.
 */
export const stripeGateway = (settings: StripeSettings): PaymentGateway => {
  const stripe = createStripeClient(settings)
  return {
    publishableKey: settings.publishableKey,
    cancelPaymentIntent: (id) =>
      call(async () => {
        const current = await stripe.paymentIntents.retrieve(id)
        // Already canceled or succeeded: nothing to cancel (Medusa treats these as success too).
        if (current.status === 'canceled' || current.status === 'succeeded') return
        await stripe.paymentIntents.cancel(id, {}, { idempotencyKey: `cancel:${id}` })
      }),
    createPaymentIntent: (input) =>
      call(async () =>
        toIntent(
          await stripe.paymentIntents.create(
            {
              amount: input.amount,
              automatic_payment_methods: { enabled: true },
              currency: input.currency.toLowerCase(),
              description: input.description,
              metadata: input.metadata,
              receipt_email: input.receiptEmail,
              ...(input.customerId ? { customer: input.customerId } : {}),
            },
            { idempotencyKey: input.idempotencyKey },
          ),
        ),
      ),
    createRefund: ({ amount, idempotencyKey, metadata, paymentIntentId, reason }) =>
      call(async () => toRefund(await stripe.refunds.create({ amount, metadata, payment_intent: paymentIntentId, ...(reason ? { reason } : {}) }, { idempotencyKey }))),
    deleteCustomer: (id) =>
      call(async () => {
        await stripe.customers.del(id)
      }).catch((error: unknown) => {
        // Deleted already (an erasure run twice) or never there: nothing left to delete.
        if (error instanceof ProviderObjectMissingError) return
        throw error
      }),
    findOrCreateCustomer: ({ email, name }) =>
      call(async () => {
        const existing = await stripe.customers.list({ email, limit: 1 })
        if (existing.data[0]) return existing.data[0].id
        const created = await stripe.customers.create({ email, name }, { idempotencyKey: `customer:${email.toLowerCase()}` })
        return created.id
      }),
    listRecentPaymentIntents: (createdSince) =>
      call(async () => {
        const intents: PaymentIntentState[] = []
        for await (const pi of stripe.paymentIntents.list({ created: { gte: createdSince }, limit: 100 })) {
          intents.push(toIntent(pi))
          if (intents.length >= 5000) break
        }
        return intents
      }),
    listRefunds: (paymentIntentId) =>
      call(async () => (await stripe.refunds.list({ limit: 100, payment_intent: paymentIntentId })).data.map(toRefund)),
    listRecentDisputes: (createdSince) =>
      call(async () => {
        const disputes: DisputeState[] = []
        for await (const dispute of stripe.disputes.list({ created: { gte: createdSince }, limit: 100 })) {
          disputes.push(toDispute(dispute))
          if (disputes.length >= 5000) break
        }
        return disputes
      }),
    parseWebhook: async ({ headers, rawBody }) => verifyStripeWebhook({ rawBody, secret: settings.webhookSecret, signature: headers.get('stripe-signature') }),
    retrieveDispute: (id) => call(async () => toDispute(await stripe.disputes.retrieve(id))),
    retrievePaymentIntent: (id) => call(async () => toIntent(await stripe.paymentIntents.retrieve(id))),
    updatePaymentIntentAmount: (id, amount) => call(async () => toIntent(await stripe.paymentIntents.update(id, { amount }))),
  }
}
