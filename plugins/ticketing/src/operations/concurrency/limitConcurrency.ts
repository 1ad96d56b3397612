/**
 * A per-process limit on how many calls of `work` run at once; the others wait their turn in
 * memory, first come first served. Used so that a burst of one kind of work (a hundred refunds
 * at once) never takes every pooled database connection: the rest of the site keeps answering.
 */
export const limitConcurrency = (max: number) => {
  let running = 0
  const waiting: (() => void)[] = []
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    else running++
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}
