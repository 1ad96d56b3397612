import type { IdempotencyEntry } from './idempotency.js'
import type { TestCard } from './resources/testCards.js'
import type { Store } from './store.js'
import type { EmulatorContext } from './types.js'

/** What the state file holds: every stored object and idempotency record (no config, no webhook deliveries). */
export interface PersistedState {
  version: 1
  payment_intents: Array<[string, unknown]>
  customers: Array<[string, unknown]>
  charges: Array<[string, unknown]>
  refunds: Array<[string, unknown]>
  disputes: Array<[string, unknown]>
  payment_methods: Array<[string, unknown]>
  events: Array<[string, unknown]>
  test_cards: Array<[string, TestCard]>
  idempotency: Array<[string, IdempotencyEntry]>
}

/** Store map ↔ file key, with the id prefix every entry of that map must have. */
const COLLECTIONS = [
  ['payment_intents', 'paymentIntents', 'pi_'],
  ['customers', 'customers', 'cus_'],
  ['charges', 'charges', 'ch_'],
  ['refunds', 'refunds', 're_'],
  ['disputes', 'disputes', 'du_'],
  ['payment_methods', 'paymentMethods', 'pm_'],
  ['events', 'events', 'evt_'],
  ['test_cards', 'testCards', 'pm_'],
] as const satisfies ReadonlyArray<readonly [keyof PersistedState, keyof Store, string]>

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function entries(value: unknown, key: string, prefix: string): Array<[string, Record<string, unknown>]> {
  if (!Array.isArray(value)) throw new Error(`"${key}" is not an array`)
  return value.map((item, index) => {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !item[0].startsWith(prefix) || !isObject(item[1])) {
      throw new Error(`"${key}[${index}]" is not an [id, object] pair with a ${prefix}… id`)
    }
    return [item[0], item[1]]
  })
}

function idempotencyEntries(value: unknown): Array<[string, IdempotencyEntry]> {
  return entries(value, 'idempotency', '').map(([scope, entry], index) => {
    const { fingerprint, statusCode, body, createdAt } = entry
    if (typeof fingerprint !== 'string' || typeof statusCode !== 'number' || typeof body !== 'string' || typeof createdAt !== 'number') {
      throw new Error(`"idempotency[${index}]" is malformed`)
    }
    return [scope, { fingerprint, statusCode, body, createdAt }]
  })
}

/** Serialisation of an emulator's objects to and from the JSON state file. */
export const persistedState = {
  /** The current state as JSON text (maps saved as `[id, object]` pairs, in creation order). */
  serialize(ctx: EmulatorContext): string {
    const { store } = ctx
    const state: PersistedState = {
      version: 1,
      payment_intents: [...store.paymentIntents],
      customers: [...store.customers],
      charges: [...store.charges],
      refunds: [...store.refunds],
      disputes: [...store.disputes],
      payment_methods: [...store.paymentMethods],
      events: [...store.events],
      test_cards: [...store.testCards],
      idempotency: ctx.idempotency.saved(),
    }
    return JSON.stringify(state)
  },

  /**
   * Validates `text` completely, then replaces the store and idempotency records with its content.
   * Throws (leaving `ctx` untouched) when the text is not a state file this version understands.
   */
  restore(ctx: EmulatorContext, text: string): void {
    const json: unknown = JSON.parse(text)
    if (!isObject(json) || json.version !== 1) throw new Error('not a version 1 state file')
    const loaded = COLLECTIONS.map(([key, map, prefix]) => [map, entries(json[key], key, prefix)] as const)
    const idempotency = idempotencyEntries(json.idempotency ?? [])
    ctx.store.clear()
    for (const [map, items] of loaded) {
      const target = ctx.store[map] as Map<string, unknown>
      for (const [id, object] of items) target.set(id, object)
    }
    ctx.idempotency.restore(idempotency)
  },
}
