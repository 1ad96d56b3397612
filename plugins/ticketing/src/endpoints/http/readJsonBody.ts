import type { PayloadRequest } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { jsonShapeProblem } from '../../validation/jsonShapeProblem'

export const MAX_BODY_BYTES = 32 * 1024

const tooLarge = () =>
  new TicketingError(ERROR_CODES.PAYLOAD_TOO_LARGE, 413, `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`, { limitBytes: MAX_BODY_BYTES })

/**
 * Reads the body as JSON, refusing more than 32 KiB (413), anything that is not a JSON object,
 * and hostile shapes — `__proto__`/`constructor`/`prototype` keys, repeated keys, nesting deeper
 * than 8 (400 VALIDATION, see validation/jsonShapeProblem); `allowEmpty` reads no body as `{}`.
 */
export const readJsonBody = async (req: PayloadRequest, { allowEmpty = false } = {}): Promise<Record<string, unknown>> => {
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) throw tooLarge()
  // A Web stream (Payload's REST route) or the chunks of a Node request (endpoints/http/nodeRoute):
  // leaving the loop early stops reading it.
  const body = req.body as AsyncIterable<Uint8Array> | null | undefined
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const value of body ?? []) {
    size += value.byteLength
    if (size > MAX_BODY_BYTES) throw tooLarge()
    chunks.push(value)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (allowEmpty && !text.trim()) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text || 'null')
  } catch {
    throw new TicketingError(ERROR_CODES.VALIDATION, 400, 'The request body is not valid JSON.', { fields: { _: ['Malformed JSON.'] } })
  }
  const shape = jsonShapeProblem(text)
  if (shape) throw new TicketingError(ERROR_CODES.VALIDATION, 400, shape, { fields: { _: [shape] } })
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TicketingError(ERROR_CODES.VALIDATION, 400, 'The request body must be a JSON object.', { fields: { _: ['Expected a JSON object.'] } })
  }
  return parsed as Record<string, unknown>
}
