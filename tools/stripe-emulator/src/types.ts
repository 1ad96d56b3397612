import type Stripe from 'stripe'
import type { Idempotency } from './idempotency.js'
import type { Store } from './store.js'
import type { WebhookDispatcher } from './webhookDispatcher.js'

/** Decoded `application/x-www-form-urlencoded` request parameters (Stripe's nested encoding). */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

/** Every object kind the emulator stores. */
export type StripeObject =
  | Stripe.PaymentIntent
  | Stripe.Customer
  | Stripe.DeletedCustomer
  | Stripe.Charge
  | Stripe.Refund
  | Stripe.Dispute
  | Stripe.PaymentMethod

export interface EmulatorEvent {
  id: string
  object: 'event'
  api_version: string
  created: number
  data: { object: StripeObject; previous_attributes?: Record<string, unknown> }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
}

export interface WebhookSettings {
  mode: 'deliver' | 'drop' | 'hold'
  duplicate: boolean
  reverse: boolean
  delayMs: number
  retries: number
}

export interface FaultSettings {
  status?: 500 | 502 | 503
  timeoutMs?: number
  count?: number
  pathPrefix?: string
}

export interface EmulatorConfig {
  webhookUrl: string | null
  webhookSecret: string
  webhooks: WebhookSettings
  faults: FaultSettings | null
  refundsPending: boolean
}

/** Body accepted by `POST /_emulator/config` (merged into the current config). */
export interface EmulatorConfigPatch {
  webhookUrl?: string | null
  webhookSecret?: string
  webhooks?: Partial<WebhookSettings>
  faults?: FaultSettings | null
  refundsPending?: boolean
}

export type DeliveryStatus = 'held' | 'pending' | 'in_flight' | 'succeeded' | 'failed' | 'dropped'

export interface DeliveryAttempt {
  at: number
  statusCode: number | null
  error: string | null
  signatureTimestamp: number
}

export interface DeliveryRecord {
  id: string
  eventId: string
  type: string
  status: DeliveryStatus
  attempts: number
  lastStatusCode: number | null
  lastError: string | null
  history: DeliveryAttempt[]
}

export interface EmulatorState {
  config: EmulatorConfig
  payment_intents: Stripe.PaymentIntent[]
  customers: Array<Stripe.Customer | Stripe.DeletedCustomer>
  charges: Stripe.Charge[]
  refunds: Stripe.Refund[]
  disputes: Stripe.Dispute[]
  payment_methods: Stripe.PaymentMethod[]
  events: EmulatorEvent[]
  deliveries: DeliveryRecord[]
}

/** Which API request (if any) caused a change; copied into `event.request`. */
export interface RequestOrigin {
  requestId: string | null
  idempotencyKey: string | null
}

export interface EmulatorContext {
  store: Store
  config: EmulatorConfig
  dispatcher: WebhookDispatcher
  idempotency: Idempotency
}

export interface ApiRequest {
  ctx: EmulatorContext
  method: string
  path: string
  pathParams: Record<string, string>
  params: FormObject
  origin: RequestOrigin
}

/** An API handler returns the JSON body of a 200 response or throws a StripeError. */
export type ApiHandler = (req: ApiRequest) => object

export interface Route<H> {
  method: 'GET' | 'POST' | 'DELETE'
  pattern: string
  handler: H
}
