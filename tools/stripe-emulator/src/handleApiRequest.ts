import type { IncomingMessage, ServerResponse } from 'node:http'
import Stripe from 'stripe'
import { apiRoutes } from './apiRoutes.js'
import { authenticate } from './authenticate.js'
import { decodeForm } from './decodeForm.js'
import { expandObject } from './expandObject.js'
import { Idempotency } from './idempotency.js'
import { readBody } from './readBody.js'
import { router } from './router.js'
import { sendJson } from './sendJson.js'
import { StripeError } from './stripeError.js'
import { takeFault } from './takeFault.js'
import type { EmulatorContext, FormObject } from './types.js'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())
const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function parseParams(req: IncomingMessage, url: URL, body: string): FormObject {
  const type = header(req, 'content-type') ?? ''
  if (body.trim() !== '' && !type.startsWith('application/x-www-form-urlencoded')) {
    throw StripeError.invalid(
      `Invalid request: unsupported Content-Type ${type}. If error persists and you need assistance, please contact support@stripe.com.`,
    )
  }
  return { ...decodeForm(url.search.slice(1)), ...decodeForm(body) }
}

/** Runs a handler, turning storable errors into a stored response when an idempotency key is present. */
function execute(run: () => object, requestId: string, idempotent: boolean): { status: number; text: string } {
  try {
    return { status: 200, text: JSON.stringify(run(), null, 2) }
  } catch (error) {
    if (!(error instanceof StripeError) || !idempotent || !error.storable) throw error
    return { status: error.statusCode, text: JSON.stringify(error.toResponse(requestId), null, 2) }
  }
}

/**
 * The `/v1` pipeline: auth → injected faults → form decoding → routing → idempotency → handler → `expand`.
 */
export async function handleApiRequest(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator')
  const method = req.method ?? 'GET'
  const headers: Record<string, string> = { 'Request-Id': requestId, 'Stripe-Version': header(req, 'stripe-version') ?? Stripe.API_VERSION }
  try {
    const apiKey = authenticate(header(req, 'authorization'))
    const body = await readBody(req)
    const fault = takeFault(ctx.config, url.pathname)
    if (fault?.timeoutMs) await sleep(fault.timeoutMs)
    if (fault?.status) throw StripeError.api(fault.status)
    const params = parseParams(req, url, body)
    const match = router(apiRoutes, method, url.pathname)
    if (!match) throw StripeError.unrecognizedUrl(method, url.pathname)
    const idempotencyKey = method === 'POST' ? (header(req, 'idempotency-key') ?? null) : null
    const fingerprint = Idempotency.fingerprint(params)
    if (idempotencyKey !== null) {
      headers['Idempotency-Key'] = idempotencyKey
      const found = ctx.idempotency.lookup(apiKey, url.pathname, idempotencyKey, fingerprint)
      if (found.kind === 'mismatch') throw StripeError.idempotency(idempotencyKey)
      if (found.kind === 'replay') {
        sendJson(res, found.statusCode, found.body, { ...headers, 'Idempotent-Replayed': 'true' })
        return
      }
    }
    const expand = Array.isArray(params.expand) ? params.expand.filter((item): item is string => typeof item === 'string') : []
    const result = execute(() => {
      const output = match.route.handler({
        ctx, method, path: url.pathname, pathParams: match.pathParams, params, origin: { requestId, idempotencyKey },
      })
      return expand.length > 0 ? expandObject(output, expand, ctx.store) : output
    }, requestId, idempotencyKey !== null)
    if (idempotencyKey !== null) ctx.idempotency.save(apiKey, url.pathname, idempotencyKey, fingerprint, result.status, result.text)
    sendJson(res, result.status, result.text, headers)
  } catch (error) {
    const stripeError = error instanceof StripeError ? error : StripeError.api(500)
    if (!(error instanceof StripeError)) console.error('[stripe-emulator]', error)
    sendJson(res, stripeError.statusCode, stripeError.toResponse(requestId), headers)
  }
}
