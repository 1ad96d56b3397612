import { attemptDelivery } from './attemptDelivery.js'
import { type FlushOrder, flushOrder } from './flushOrder.js'
import { IdleTracker } from './idleTracker.js'
import { ids } from './ids.js'
import type { DeliveryRecord, DeliveryStatus, EmulatorConfig, EmulatorEvent } from './types.js'

interface DeliveryOptions {
  timestampOffsetSeconds?: number
  retries?: number
}

/**
 * Sends events to the configured endpoint, one delivery at a time (so order is deterministic),
 * signed with `Stripe.webhooks.generateTestHeaderString`. Honours `webhooks.mode` (deliver/drop/hold),
 * `duplicate`, `reverse` (per batch of events caused by one request), `delayMs` and `retries`.
 */
export class WebhookDispatcher {
  readonly deliveries: DeliveryRecord[] = []
  private held: Array<{ event: EmulatorEvent; record: DeliveryRecord }> = []
  private batch: EmulatorEvent[] = []
  private readonly idle = new IdleTracker()
  private chain: Promise<void> = Promise.resolve()
  private inFlight: Promise<boolean> | null = null
  private generation = 0
  private readonly sleepers = new Map<NodeJS.Timeout, () => void>()

  constructor(
    private readonly config: () => EmulatorConfig,
    private readonly onDelivered: (event: EmulatorEvent) => void,
  ) {}

  /** Queues an event; events emitted in the same tick form one batch. */
  enqueue(event: EmulatorEvent): void {
    if (!this.config().webhookUrl) return
    this.batch.push(event)
    if (this.batch.length > 1) return
    const generation = this.generation
    this.idle.add(1)
    setImmediate(() => {
      if (generation !== this.generation) return
      const events = this.batch
      this.batch = []
      this.dispatch(events)
      this.idle.add(-1)
    })
  }

  /** Delivers the held events; returns how many deliveries were scheduled. */
  flush(order: FlushOrder = 'fifo', duplicate = false): number {
    const items = flushOrder(this.held, order)
    this.held = []
    const all = duplicate ? items.flatMap((item) => [item, { event: item.event, record: this.record(item.event, 'held') }]) : items
    for (const { event, record } of all) void this.schedule(event, record, {})
    return all.length
  }

  /** (Re)delivers one event regardless of mode, resolving with its delivery record once finished. */
  deliverNow(event: EmulatorEvent, options: DeliveryOptions): Promise<DeliveryRecord> {
    return this.schedule(event, this.record(event, 'pending'), options)
  }

  /** Resolves true when nothing is pending or in flight (held events do not count), false on timeout. */
  waitForIdle(timeoutMs: number): Promise<boolean> {
    return this.idle.waitForIdle(timeoutMs)
  }

  counts(): { busy: number; held: number } {
    return { busy: this.idle.count, held: this.held.length }
  }

  /**
   * Forgets queued, held and recorded deliveries. Resolves once an attempt already in flight has been
   * answered (it is not recorded), so nothing from before the reset reaches the endpoint afterwards.
   */
  reset(): Promise<void> {
    this.generation++
    this.batch = []
    this.held = []
    this.deliveries.length = 0
    this.chain = Promise.resolve()
    for (const [timer, wake] of this.sleepers) {
      clearTimeout(timer)
      wake()
    }
    this.sleepers.clear()
    this.idle.clear()
    return this.inFlight ? this.inFlight.then(() => undefined) : Promise.resolve()
  }

  private dispatch(events: EmulatorEvent[]): void {
    const { mode, duplicate, reverse } = this.config().webhooks
    const ordered = reverse ? [...events].reverse() : events
    for (const event of duplicate ? ordered.flatMap((item) => [item, item]) : ordered) {
      const record = this.record(event, mode === 'deliver' ? 'pending' : mode === 'hold' ? 'held' : 'dropped')
      if (mode === 'hold') this.held.push({ event, record })
      if (mode === 'deliver') void this.schedule(event, record, {})
    }
  }

  private schedule(event: EmulatorEvent, record: DeliveryRecord, options: DeliveryOptions): Promise<DeliveryRecord> {
    const generation = this.generation
    record.status = 'pending'
    this.idle.add(1)
    const run = this.chain.then(() => this.attempt(event, record, options, generation))
    this.chain = run.catch(() => undefined)
    return run.then(
      () => record,
      (error: unknown) => {
        record.status = 'failed'
        record.lastError = String(error)
        return record
      },
    ).finally(() => {
      if (generation === this.generation) this.idle.add(-1)
    })
  }

  private async attempt(event: EmulatorEvent, record: DeliveryRecord, options: DeliveryOptions, generation: number): Promise<void> {
    const retries = options.retries ?? this.config().webhooks.retries
    const delayMs = this.config().webhooks.delayMs
    if (delayMs > 0) await this.sleep(delayMs)
    for (let n = 0; n <= retries; n++) {
      if (n > 0) await this.sleep(Math.min(50 * 2 ** (n - 1), 1000))
      const { webhookUrl, webhookSecret } = this.config()
      if (generation !== this.generation) return
      if (!webhookUrl) {
        record.status = 'failed'
        record.lastError = 'No webhookUrl configured'
        return
      }
      const attempt = attemptDelivery(event, record, { url: webhookUrl, secret: webhookSecret }, options.timestampOffsetSeconds)
      this.inFlight = attempt
      const ok = await attempt
      if (this.inFlight === attempt) this.inFlight = null
      if (generation !== this.generation) return
      record.status = ok ? 'succeeded' : n < retries ? 'pending' : 'failed'
      if (ok) return this.onDelivered(event)
    }
  }

  private record(event: EmulatorEvent, status: DeliveryStatus): DeliveryRecord {
    const record: DeliveryRecord = {
      id: `whdel_${ids.random(20)}`, eventId: event.id, type: event.type, status,
      attempts: 0, lastStatusCode: null, lastError: null, history: [],
    }
    this.deliveries.push(record)
    return record
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleepers.delete(timer)
        resolve()
      }, ms)
      timer.unref()
      this.sleepers.set(timer, resolve)
    })
  }
}
