import type { PayloadRequest } from 'payload'

import { afterCommitQueues } from './afterCommitQueues'

type Session = { resolve: () => Promise<unknown> }

/**
 * Runs `work` once the request's transaction has committed, never before and never if it rolls
 * back. Inside withTransaction it waits for that commit; inside a transaction opened elsewhere
 * (e.g. a Payload Local API call) it waits for that transaction's commit; with no transaction
 * open, the statements already committed, so it runs now.
 */
export const afterCommit = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, work: () => Promise<void>): Promise<void> => {
  const owned = afterCommitQueues.get(req)
  if (owned) {
    owned.push(work)
    return
  }
  const id = await req.transactionID
  const session = id ? (req.payload.db as unknown as { sessions?: Record<string, Session> }).sessions?.[String(id)] : undefined
  if (!session) return work()
  let queue = afterCommitQueues.get(session)
  if (!queue) {
    const pending: Array<() => Promise<void>> = []
    afterCommitQueues.set(session, (queue = pending))
    // The adapter commits by resolving the session (drizzle's lifted transaction); a rollback rejects it and runs nothing.
    const commit = session.resolve
    session.resolve = async () => {
      const committed = await commit()
      for (const next of pending.splice(0)) await next()
      return committed
    }
  }
  queue.push(work)
}
