import type { Payload } from 'payload'

import { configuredGateway } from '../payments/configuredGateway'
import { waitForLull } from './deliveryLull'
import { type DrainResult, drainWebhookQueue } from './drainWebhookQueue'

type Totals = Omit<DrainResult, 'claimed'>
type WorkerState = { again: boolean; lastDeliveryAt: number; running: null | Promise<Totals> }

const workers = new WeakMap<Payload, WorkerState>()

const run = async (payload: Payload, state: WorkerState): Promise<Totals> => {
  const totals: Totals = { duplicate: 0, failed: 0, processed: 0 }
  try {
    do {
      state.again = false
      const gateway = configuredGateway(payload)
      if (!gateway) break
      const pass = await drainWebhookQueue({ beforeBatch: () => waitForLull(state), gateway, payload })
      totals.duplicate += pass.duplicate
      totals.failed += pass.failed
      totals.processed += pass.processed
    } while (state.again)
  } catch (error) {
    // The events stay due (or leased): the next delivery or the scheduled drain takes them.
    payload.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'ticketing: the webhook worker stopped')
  } finally {
    state.running = null
  }
  return totals
}

/**
 * This process's webhook worker: processes every stored webhook event that is due and resolves
 * once it is idle (what it saw is processed, or failed and scheduled again). Coalesced: a call
 * while it runs asks for one more pass after the current one, so a burst of 1,000 deliveries
 * runs one worker, not 1,000. The webhook endpoint starts it without waiting (`delivery`: it
 * also marks the time, see deliveryLull); the scheduled job and tests await it.
 */
export const drainWebhookEvents = (payload: Payload, { delivery = false }: { delivery?: boolean } = {}): Promise<Totals> => {
  let state = workers.get(payload)
  if (!state) workers.set(payload, (state = { again: false, lastDeliveryAt: 0, running: null }))
  if (delivery) state.lastDeliveryAt = Date.now()
  state.again = true
  // Started on the next microtask, so `running` is set before the run can end.
  if (!state.running) state.running = Promise.resolve(state).then((current) => run(payload, current))
  return state.running
}
