import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { emulatorConfig } from './emulatorConfig.js'
import { handleApiRequest } from './handleApiRequest.js'
import { handleControlRequest } from './handleControlRequest.js'
import { Idempotency } from './idempotency.js'
import { ids } from './ids.js'
import { persistedState } from './persistedState.js'
import { sendJson } from './sendJson.js'
import { loadStateFile, StateFileWriter } from './stateFile.js'
import { Store } from './store.js'
import { StripeError } from './stripeError.js'
import type { EmulatorContext } from './types.js'
import { WebhookDispatcher } from './webhookDispatcher.js'

export interface StripeEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  webhookUrl?: string
  webhookSecret?: string
  /**
   * JSON file the objects (PaymentIntents, customers, charges, refunds, disputes, payment methods, events)
   * and idempotency records are loaded from at start and saved to after each change (debounced, atomic,
   * flushed by `close()`). Config and webhook deliveries are not saved. Default: in memory only.
   */
  stateFile?: string
}

export interface StripeEmulator {
  /** e.g. `http://127.0.0.1:12111` */
  url: string
  port: number
  close(): Promise<void>
}

/** Starts an in-memory Stripe API emulator (`/v1/…`) with its control API (`/_emulator/…`). */
export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const config = emulatorConfig.defaults(options)
  const dispatcher = new WebhookDispatcher(() => config, (event) => {
    event.pending_webhooks = 0
    changed()
  })
  const ctx: EmulatorContext = { store: new Store(), config, dispatcher, idempotency: new Idempotency() }
  const writer = options.stateFile ? new StateFileWriter(options.stateFile, () => persistedState.serialize(ctx)) : null
  if (options.stateFile) await loadStateFile(options.stateFile, (text) => persistedState.restore(ctx, text))
  function changed(): void {
    writer?.schedule()
  }
  const server = http.createServer((req, res) => {
    const requestId = ids.request()
    const path = (req.url ?? '/').split('?')[0]
    // Only GET (and OPTIONS) requests never change anything; the save is scheduled once the handler is done.
    const mutating = req.method !== 'GET' && req.method !== 'OPTIONS'
    if (path === '/_emulator' || path.startsWith('/_emulator/')) {
      const handled = handleControlRequest(ctx, req, res, requestId)
      if (mutating) void handled.finally(changed)
    } else if (path.startsWith('/v1/')) {
      const handled = handleApiRequest(ctx, req, res, requestId)
      if (mutating) void handled.finally(changed)
    } else {
      req.resume()
      sendJson(res, 404, StripeError.unrecognizedUrl(req.method ?? 'GET', path).toResponse(requestId), { 'Request-Id': requestId })
    }
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  let closing: Promise<void> | null = null
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        void dispatcher.reset()
        server.close(() => resolve())
        server.closeAllConnections()
      }).then(() => writer?.close())
      return closing
    },
  }
}
