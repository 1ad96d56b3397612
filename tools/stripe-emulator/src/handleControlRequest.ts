import type { IncomingMessage, ServerResponse } from 'node:http'
import { control } from './control.js'
import { readBody } from './readBody.js'
import { router } from './router.js'
import { sendJson } from './sendJson.js'
import { StripeError } from './stripeError.js'
import type { EmulatorContext } from './types.js'

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
}

/** Serves `/_emulator/*`: permissive CORS, optional JSON bodies, errors shaped like Stripe's. */
export async function handleControlRequest(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
  const headers = { ...CORS, 'Request-Id': requestId }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, headers)
    res.end()
    return
  }
  const path = new URL(req.url ?? '/', 'http://emulator').pathname
  try {
    const text = await readBody(req)
    let body: unknown
    try {
      body = text.trim() === '' ? undefined : JSON.parse(text)
    } catch {
      throw StripeError.invalid('Body must be valid JSON', { param: 'body' })
    }
    const match = router(control, req.method ?? 'GET', path)
    if (!match) throw StripeError.unrecognizedUrl(req.method ?? 'GET', path)
    const result = await match.route.handler({ ctx, body, pathParams: match.pathParams })
    sendJson(res, 200, result, headers)
  } catch (error) {
    const stripeError = error instanceof StripeError ? error : StripeError.api(500)
    if (!(error instanceof StripeError)) console.error('[stripe-emulator]', error)
    sendJson(res, stripeError.statusCode, stripeError.toResponse(requestId), headers)
  }
}
