/** Counts outstanding work and lets callers wait until it drops to zero. */
export class IdleTracker {
  private busy = 0
  private readonly waiters = new Set<() => void>()

  get count(): number {
    return this.busy
  }

  add(delta: number): void {
    this.busy = Math.max(0, this.busy + delta)
    if (this.busy === 0) this.wakeAll()
  }

  /** Forgets all outstanding work and releases every waiter. */
  clear(): void {
    this.busy = 0
    this.wakeAll()
  }

  /** Resolves true once idle, false if `timeoutMs` passes first. */
  waitForIdle(timeoutMs: number): Promise<boolean> {
    if (this.busy === 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const onIdle = () => {
        clearTimeout(timer)
        this.waiters.delete(onIdle)
        resolve(true)
      }
      const timer = setTimeout(() => {
        this.waiters.delete(onIdle)
        resolve(false)
      }, timeoutMs)
      this.waiters.add(onIdle)
    })
  }

  private wakeAll(): void {
    for (const waiter of [...this.waiters]) waiter()
  }
}
