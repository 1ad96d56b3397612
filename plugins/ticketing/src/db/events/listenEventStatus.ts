import type { Payload } from 'payload'

import { EVENT_STATUS_CHANNEL } from '../schema/eventStatusNotify'
import type { EventStatusChange } from '../../types'

type PgClient = {
  connect: () => Promise<unknown>
  connection?: { stream?: { unref?: () => void } }
  end: () => Promise<void>
  on: (event: string, listener: (...args: any[]) => void) => unknown
  query: (text: string) => Promise<unknown>
}
type PgPool = { Client: new (options: unknown) => PgClient; options: unknown }

const RETRY_MS = 1_000

const parse = (text: string | undefined): EventStatusChange | null => {
  try {
    const value = JSON.parse(text ?? '') as { id?: unknown; previous?: unknown; slug?: unknown; status?: unknown }
    if (typeof value.id !== 'number' && typeof value.id !== 'string') return null
    return {
      eventId: Number(value.id),
      previousStatus: typeof value.previous === 'string' ? value.previous : null,
      slug: typeof value.slug === 'string' ? value.slug : null,
      status: typeof value.status === 'string' ? value.status : null,
    }
  } catch {
    return null
  }
}

/**
 * Listens, on a connection of its own (never one of the pool's), to the status changes
 * PostgreSQL announces once they are committed (db/schema/eventStatusNotify), and hands each
 * to `onChange`. A lost connection is opened again after a second. The connection does not
 * keep the process alive. Returns a function that stops listening.
 */
export const listenEventStatus = (payload: Payload, onChange: (change: EventStatusChange) => Promise<void> | void): (() => Promise<void>) => {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  if (!pool?.Client) {
    payload.logger.warn('ticketing: this database adapter has no pg pool: onEventStatusChange is not called')
    return async () => {}
  }
  let stopped = false
  let client: null | PgClient = null
  let timer: NodeJS.Timeout | undefined
  const retry = (error?: unknown) => {
    if (error) payload.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'ticketing: event status listener lost its connection, reconnecting')
    void client?.end().catch(() => {})
    client = null
    if (!stopped) (timer = setTimeout(() => void connect(), RETRY_MS)).unref()
  }
  const connect = async () => {
    const next = new pool.Client(pool.options)
    client = next
    next.on('error', retry)
    next.on('notification', (message: { channel: string; payload?: string }) => {
      if (message.channel !== EVENT_STATUS_CHANNEL) return
      const change = parse(message.payload)
      if (!change) return
      void Promise.resolve()
        .then(() => onChange(change))
        .catch((error) => payload.logger.error({ err: error instanceof Error ? error.message : String(error), eventId: change.eventId }, 'ticketing: onEventStatusChange failed'))
    })
    try {
      await next.connect()
      next.connection?.stream?.unref?.()
      await next.query(`LISTEN ${EVENT_STATUS_CHANNEL}`)
      if (stopped) await next.end()
    } catch (error) {
      if (client === next) retry(error)
    }
  }
  void connect()
  return async () => {
    stopped = true
    clearTimeout(timer)
    await client?.end().catch(() => {})
    client = null
  }
}
