import type { Payload } from 'payload'

import { revalidateSite } from './revalidateSite'

/** The PostgreSQL channel on which a published change of the site's content is announced (revalidateOnChange). */
export const SITE_CHANGES_CHANNEL = 'site_content_changed'

type PgClient = {
  connect: () => Promise<unknown>
  connection?: { stream?: { unref?: () => void } }
  end: () => Promise<void>
  on: (event: string, listener: (...args: any[]) => void) => unknown
  query: (text: string) => Promise<unknown>
}

/**
 * Every app process listens, on a connection of its own, to the content changes announced in
 * PostgreSQL (delivered when their transaction commits, whichever process or script made them)
 * and drops its cached pages. A lost connection is opened again after a second; it never keeps
 * the process alive.
 */
export const listenSiteChanges = (payload: Payload): void => {
  const pool = (payload.db as unknown as { pool?: { Client: new (options: unknown) => PgClient; options: unknown } }).pool
  if (!pool?.Client) return
  let client: null | PgClient = null
  const retry = () => {
    void client?.end().catch(() => {})
    client = null
    setTimeout(() => void connect(), 1_000).unref()
  }
  const connect = async () => {
    const next = new pool.Client(pool.options)
    client = next
    next.on('error', retry)
    next.on('notification', (message: { channel: string; payload?: string }) => {
      if (message.channel !== SITE_CHANGES_CHANNEL) return
      revalidateSite(message.payload || 'content changed').catch((error) =>
        payload.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'site cache: the pages could not be refreshed'),
      )
    })
    try {
      await next.connect()
      next.connection?.stream?.unref?.()
      await next.query(`LISTEN ${SITE_CHANGES_CHANNEL}`)
    } catch {
      if (client === next) retry()
    }
  }
  void connect()
}
