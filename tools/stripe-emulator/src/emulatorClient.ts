import type Stripe from 'stripe'
import type { DeliveryRecord, EmulatorConfig, EmulatorConfigPatch, EmulatorState } from './types.js'

export interface EmulatorClient {
  readonly url: string
  health(): Promise<{ ok: true }>
  /** Confirm succeeds: charge created, `payment_intent.succeeded` + `charge.succeeded`. */
  succeed(paymentIntentId: string): Promise<Stripe.PaymentIntent>
  /** Card declined: `last_payment_error` set, status back to `requires_payment_method`. */
  fail(paymentIntentId: string, options?: { code?: string; decline_code?: string; message?: string }): Promise<Stripe.PaymentIntent>
  process(paymentIntentId: string): Promise<Stripe.PaymentIntent>
  requireAction(paymentIntentId: string, options?: { return_url?: string }): Promise<Stripe.PaymentIntent>
  cancel(paymentIntentId: string, options?: { cancellation_reason?: Stripe.PaymentIntentCancelParams.CancellationReason }): Promise<Stripe.PaymentIntent>
  dispute(paymentIntentId: string, options?: { reason?: string; amount?: number }): Promise<Stripe.Dispute>
  closeDispute(disputeId: string, status: 'won' | 'lost'): Promise<Stripe.Dispute>
  succeedRefund(refundId: string): Promise<Stripe.Refund>
  failRefund(refundId: string, options?: { failure_reason?: string }): Promise<Stripe.Refund>
  config(): Promise<EmulatorConfig>
  configure(patch: EmulatorConfigPatch): Promise<EmulatorConfig>
  flush(options?: { order?: 'fifo' | 'reverse' | 'shuffle'; duplicate?: boolean }): Promise<{ flushed: number }>
  deliverEvent(eventId: string, options?: { timestampOffsetSeconds?: number; retries?: number }): Promise<DeliveryRecord>
  /** Resolves once no webhook delivery is pending or in flight; rejects after `timeoutMs`. */
  waitForWebhooks(timeoutMs?: number): Promise<void>
  state(): Promise<EmulatorState>
  reset(options?: { webhookUrl?: string | null; webhookSecret?: string }): Promise<void>
}

/** A typed fetch wrapper over the emulator's `/_emulator` control API (works in Node and browsers). */
export function createEmulatorClient(baseUrl: string, options: { fetch?: typeof fetch } = {}): EmulatorClient {
  const base = baseUrl.replace(/\/+$/, '')
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)

  async function call<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<T> {
    const response = await fetchImpl(`${base}/_emulator${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    const json: unknown = text ? JSON.parse(text) : {}
    if (!response.ok) {
      const message = (json as { error?: { message?: string } }).error?.message ?? text
      throw new Error(`Stripe emulator ${method} ${path} failed (${response.status}): ${message}`)
    }
    return json as T
  }
  const id = encodeURIComponent
  const intent = (paymentIntentId: string, action: string, body: object = {}) =>
    call<Stripe.PaymentIntent>('POST', `/payment_intents/${id(paymentIntentId)}/${action}`, body)

  return {
    url: base,
    health: () => call('GET', '/health'),
    succeed: (paymentIntentId) => intent(paymentIntentId, 'succeed'),
    fail: (paymentIntentId, body) => intent(paymentIntentId, 'fail', body),
    process: (paymentIntentId) => intent(paymentIntentId, 'process'),
    requireAction: (paymentIntentId, body) => intent(paymentIntentId, 'require_action', body),
    cancel: (paymentIntentId, body) => intent(paymentIntentId, 'cancel', body),
    dispute: (paymentIntentId, body = {}) => call('POST', `/payment_intents/${id(paymentIntentId)}/dispute`, body),
    closeDispute: (disputeId, status) => call('POST', `/disputes/${id(disputeId)}/close`, { status }),
    succeedRefund: (refundId) => call('POST', `/refunds/${id(refundId)}/succeed`, {}),
    failRefund: (refundId, body = {}) => call('POST', `/refunds/${id(refundId)}/fail`, body),
    config: () => call('GET', '/config'),
    configure: (patch) => call('POST', '/config', patch),
    flush: (body = {}) => call('POST', '/webhooks/flush', body),
    deliverEvent: (eventId, body = {}) => call('POST', `/events/${id(eventId)}/deliver`, body),
    waitForWebhooks: async (timeoutMs = 10_000) => {
      await call('POST', '/webhooks/wait', { timeoutMs })
    },
    state: () => call('GET', '/state'),
    reset: async (body = {}) => {
      await call('POST', '/reset', body)
    },
  }
}
