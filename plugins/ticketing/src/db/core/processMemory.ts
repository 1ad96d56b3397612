import type { Payload } from 'payload'

/**
 * What one app process remembers for `ttlMs` (per Payload instance): the hot paths' copies of
 * rows that change rarely (an event's prices, a promo code), each used only where the statement
 * that relies on it checks the row's version. Bounded: past `maxEntries`, it starts over.
 */
export const processMemory = <T>(ttlMs: number, maxEntries = 1000) => {
  const stores = new WeakMap<Payload, Map<string, { at: number; value: T }>>()
  const storeOf = (payload: Payload) => {
    let store = stores.get(payload)
    if (!store) stores.set(payload, (store = new Map()))
    return store
  }
  return {
    /** The value remembered under `key`, if it is younger than `ttlMs`. */
    get(payload: Payload, key: string): T | undefined {
      const hit = storeOf(payload).get(key)
      return hit && Date.now() - hit.at < ttlMs ? hit.value : undefined
    },
    /** Remembers `value` under `key` from now on; null forgets the key. */
    set(payload: Payload, key: string, value: null | T) {
      const store = storeOf(payload)
      if (value === null) return void store.delete(key)
      if (store.size >= maxEntries) store.clear()
      store.set(key, { at: Date.now(), value })
    },
  }
}
