export interface IdempotencyEntry {
  fingerprint: string
  statusCode: number
  body: string
  createdAt: number
}

export type IdempotencyLookup = { kind: 'miss' } | { kind: 'replay'; statusCode: number; body: string } | { kind: 'mismatch' }

const DAY_MS = 24 * 60 * 60 * 1000

/** Canonical JSON with sorted keys, so equal parameter sets compare equal regardless of order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Stored results of POST requests made with an `Idempotency-Key`, scoped per API key and endpoint path,
 * kept 24 hours like Stripe.
 */
export class Idempotency {
  private readonly entries = new Map<string, IdempotencyEntry>()

  static fingerprint(params: unknown): string {
    return canonical(params)
  }

  lookup(apiKey: string, path: string, key: string, fingerprint: string): IdempotencyLookup {
    const entry = this.entries.get(this.scope(apiKey, path, key))
    if (!entry || Date.now() - entry.createdAt > DAY_MS) return { kind: 'miss' }
    if (entry.fingerprint !== fingerprint) return { kind: 'mismatch' }
    return { kind: 'replay', statusCode: entry.statusCode, body: entry.body }
  }

  save(apiKey: string, path: string, key: string, fingerprint: string, statusCode: number, body: string): void {
    this.entries.set(this.scope(apiKey, path, key), { fingerprint, statusCode, body, createdAt: Date.now() })
  }

  clear(): void {
    this.entries.clear()
  }

  /** Unexpired entries as `[scope, entry]` pairs (for the state file). */
  saved(): Array<[string, IdempotencyEntry]> {
    const now = Date.now()
    return [...this.entries].filter(([, entry]) => now - entry.createdAt <= DAY_MS)
  }

  /** Replaces all entries with ones read back from the state file (expired ones are dropped). */
  restore(entries: Array<[string, IdempotencyEntry]>): void {
    this.entries.clear()
    const now = Date.now()
    for (const [scope, entry] of entries) if (now - entry.createdAt <= DAY_MS) this.entries.set(scope, entry)
  }

  private scope(apiKey: string, path: string, key: string): string {
    return JSON.stringify([apiKey, path, key])
  }
}
