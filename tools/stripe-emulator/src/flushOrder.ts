export type FlushOrder = 'fifo' | 'reverse' | 'shuffle'

/** A reordered copy of held deliveries for `POST /_emulator/webhooks/flush`. */
export function flushOrder<T>(items: readonly T[], order: FlushOrder): T[] {
  const copy = [...items]
  if (order === 'reverse') return copy.reverse()
  if (order === 'shuffle') {
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
  }
  return copy
}
