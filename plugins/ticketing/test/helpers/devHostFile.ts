import type { Payload } from 'payload'
import type Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach } from 'vitest'

import type { RestOptions, RestResponse } from '../../dev/helpers/restClient'
import { type DevHost, startDevHost } from '../startDevHost'

let current: DevHost | undefined

const host = (): DevHost => {
  if (!current) throw new Error('the dev host is not started: call devHostFile() at the top of the test file')
  return current
}

export type DevHostFile = { control: DevHost['control']; host: DevHost; payload: Payload; stripe: Stripe }

/**
 * The set-up of a plugin test file: the dev host (schema by push) on a database of its own, the
 * Stripe emulator delivering webhooks to it, and the real `stripe` SDK pointed at the emulator;
 * webhooks and faults back to normal before each test. `ready` receives them once started.
 */
export const devHostFile = (ready: (file: DevHostFile) => void = () => {}) => {
  beforeAll(async () => {
    current = await startDevHost('push')
    ready({ control: current.control, host: current, payload: current.payload, stripe: current.stripe })
  })
  afterAll(async () => {
    await current?.close()
    current = undefined
  })
  beforeEach(async () => {
    await host().control.configure({ faults: null, webhooks: { delayMs: 0, duplicate: false, mode: 'deliver', reverse: false } })
  })
}

/** The dev host's real REST handlers (Payload's, as Next serves them under /api). */
export const rest = <T = any>(method: 'DELETE' | 'GET' | 'PATCH' | 'POST', apiPath: string, options: RestOptions = {}): Promise<RestResponse<T>> =>
  host().rest<T>(method, apiPath, options)
