/** Work waiting for a transaction to commit: per request that owns it (withTransaction), or per adapter session (a transaction opened elsewhere). */
export const afterCommitQueues = new WeakMap<object, Array<() => Promise<void>>>()
