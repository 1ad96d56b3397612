import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { afterCommitQueues } from './afterCommitQueues'

/**
 * Runs `work` in one database transaction bound to `req` (every Local API call and every
 * `query(req, …)` inside joins it). Commits on success, rolls back and rethrows on failure.
 * Work registered with afterCommit runs after the commit (and is dropped on a rollback).
 * Payment-provider calls never go inside.
 */
export const withTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const shouldCommit = await initTransaction(req)
  const queue: Array<() => Promise<void>> = []
  if (shouldCommit) afterCommitQueues.set(req, queue)
  try {
    const result = await work()
    if (shouldCommit) {
      afterCommitQueues.delete(req)
      await commitTransaction(req)
      for (const next of queue) await next()
    }
    return result
  } catch (error) {
    if (shouldCommit) afterCommitQueues.delete(req)
    await killTransaction(req)
    throw error
  }
}
