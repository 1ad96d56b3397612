/**
 * Answers first: while deliveries keep arriving (the last one less than LULL_MS ago), the
 * webhook worker waits before claiming its next batch, so a burst is acknowledged at the speed
 * of storing events, not of processing them. It never waits more than MAX_WAIT_MS per batch:
 * under a steady stream it still processes a batch per lane every second, and once the burst
 * ends it drains at full speed (a 1,000-event burst is confirmed within seconds of its last
 * delivery).
 */
export const LULL_MS = 20
export const MAX_WAIT_MS = 1000

/** When this process last stored a delivery (ms since the epoch; 0: never). */
export type DeliveryClock = { lastDeliveryAt: number }

/** Resolves once no delivery has arrived for LULL_MS, or after MAX_WAIT_MS at most. */
export const waitForLull = async (clock: DeliveryClock): Promise<void> => {
  const started = Date.now()
  for (;;) {
    const quietFor = Date.now() - clock.lastDeliveryAt
    const waited = Date.now() - started
    if (quietFor >= LULL_MS || waited >= MAX_WAIT_MS) return
    await new Promise((resolve) => setTimeout(resolve, Math.min(LULL_MS - quietFor, MAX_WAIT_MS - waited)))
  }
}
