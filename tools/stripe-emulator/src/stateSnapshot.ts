import type { EmulatorContext, EmulatorState } from './types.js'

/** Everything the emulator holds, for `GET /_emulator/state` (objects in creation order). */
export function stateSnapshot(ctx: EmulatorContext): EmulatorState {
  const { store } = ctx
  return structuredClone({
    config: ctx.config,
    payment_intents: [...store.paymentIntents.values()],
    customers: [...store.customers.values()],
    charges: [...store.charges.values()],
    refunds: [...store.refunds.values()],
    disputes: [...store.disputes.values()],
    payment_methods: [...store.paymentMethods.values()],
    events: [...store.events.values()],
    deliveries: ctx.dispatcher.deliveries,
  })
}
