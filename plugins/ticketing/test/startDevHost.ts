import { randomUUID } from 'node:crypto'

import { drainWebhookEvents } from '@masterclass/plugin-ticketing'
import { type Config, getPayload, type Payload } from 'payload'
import Stripe from 'stripe'

import { createEmulatorClient, startStripeEmulator } from '@masterclass/stripe-emulator'
import { inject } from 'vitest'

import { buildDevConfig, type DevConfigOptions, type DevSchema } from '../dev/payload.config'
import { createRestClient } from '../dev/helpers/restClient'
import type { Position } from '../dev/staff'
import { createDatabase } from './database/createDatabase'

/** The Stripe keys the dev host is given in tests (the emulator accepts any `sk_test_` key). */
export const SECRET_KEY = 'sk_test_dev_host'
export const WEBHOOK_SECRET = 'whsec_dev_host'

/**
 * The plugin's dev host on a fresh database of its own, its schema made by `schema` (Payload's
 * push, or dev/migrations applied at start), not localized unless `localization` is given, with
 * the project's Stripe emulator delivering signed webhooks to the host's REST handlers and the
 * real `stripe` SDK pointed at it.
 */
export const startDevHost = async (schema: DevSchema, localization?: Config['localization'], options: Pick<DevConfigOptions, 'collections'> = {}) => {
  const db = await createDatabase(inject('ticketingDatabaseServer'), `ticketing_dev_${schema}${localization ? '_localized' : ''}`)
  // The emulator starts once the host listens (its webhooks need the address): the plugin reads
  // the API address when a payment is handled.
  let emulatorUrl: string | undefined
  const config = buildDevConfig({
    ...options,
    databaseUrl: db.url,
    localization,
    // Jobs run when a test asks (payload.jobs.run), never on a timer behind its back.
    runJobs: false,
    schema,
    stripe: { apiBaseUrl: () => emulatorUrl, publishableKey: 'pk_test_dev_host', secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET },
  })
  const payload = await getPayload({ config })
  const { listen, rest } = createRestClient(config)
  const api = await listen()
  const emulator = await startStripeEmulator({ port: 0, webhookSecret: WEBHOOK_SECRET, webhookUrl: `${api.url}/api/ticketing/stripe/webhook` })
  emulatorUrl = emulator.url
  const control = createEmulatorClient(emulator.url)
  // The host answers a webhook once it is stored and processes it right after: "handled" means
  // delivered AND processed, and again for what processing made Stripe send, until calm.
  const waitForDeliveries = control.waitForWebhooks
  control.waitForWebhooks = async (timeoutMs) => {
    for (;;) {
      await waitForDeliveries(timeoutMs)
      const { duplicate, failed, processed } = await drainWebhookEvents(payload)
      if (duplicate + failed + processed === 0) return
    }
  }
  const stripe = new Stripe(SECRET_KEY, { host: '127.0.0.1', maxNetworkRetries: 0, port: emulator.port, protocol: 'http' })

  /** A user of this host with a `position` (not roles), signed in through the real login endpoint. */
  const staff = async (position: Position) => {
    const email = `${position}-${randomUUID().slice(0, 8)}@dev.local`
    const password = `pw-${randomUUID()}`
    await payload.create({ collection: 'users', data: { email, password, position } as never })
    const login = await rest('POST', '/users/login', { body: { email, password } })
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`)
    return login.body.token as string
  }

  return {
    close: async () => {
      await emulator.close()
      await api.close()
      await payload.destroy()
      // Payload's destroy() leaves the adapter's pool open: dropping the database ends its
      // connections, which the pool would otherwise report as an unhandled error.
      ;(payload.db as unknown as { pool: { on(event: 'error', listener: () => void): void } }).pool.on('error', () => {})
      await db.drop()
    },
    control,
    payload,
    rest,
    sql: async (statement: string, values: unknown[] = []) => {
      const pool = (payload.db as unknown as { pool: { query(text: string, values: unknown[]): Promise<{ rows: Record<string, any>[] }> } }).pool
      return (await pool.query(statement, values)).rows
    },
    staff,
    stripe,
  }
}

export type DevHost = Awaited<ReturnType<typeof startDevHost>>
export type { Payload }
