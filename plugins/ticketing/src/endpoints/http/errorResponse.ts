import { ValidationError } from 'payload'
import { ZodError } from 'zod'

import { ERROR_CODES, TicketingError } from '../../errors'
import { ProviderObjectMissingError, ProviderUnavailableError } from '../../payments/providerUnavailable'

type Logger = { error: (obj: unknown, msg?: string) => void }

const envelope = (status: number, code: string, message: string, details: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, details, message } }, { headers: { 'Cache-Control': 'no-store', ...headers }, status })

/** Field path → messages, from a schema or Payload validation failure. */
export const fieldDetails = (issues: { message: string; path: PropertyKey[] | string }[]) => {
  const fields: Record<string, string[]> = {}
  for (const issue of issues) {
    const path = Array.isArray(issue.path) ? issue.path.map(String).join('.') : issue.path
    ;(fields[path || '_'] ??= []).push(issue.message)
  }
  return { fields }
}

/**
 * The ONE place that renders the error envelope (docs/architecture.md):
 * `{ error: { code, message, details } }`. Anything unexpected is logged (without the
 * request body) and answered 500 INTERNAL — never with the internals.
 */
export const errorResponse = (error: unknown, logger?: Logger): Response => {
  if (error instanceof TicketingError) return envelope(error.status, error.code, error.message, error.details, error.headers)
  if (error instanceof ProviderUnavailableError) {
    logger?.error({ err: error.message }, 'ticketing: payment provider unavailable')
    return envelope(503, ERROR_CODES.PAYMENT_PROVIDER_UNAVAILABLE, 'The payment service is unavailable right now. Your booking is kept; please try again in a few seconds.', { retryAfterSeconds: 5 }, { 'Retry-After': '5' })
  }
  if (error instanceof ProviderObjectMissingError) {
    return envelope(409, ERROR_CODES.PAYMENT_NOT_FOUND, 'The payment service has no record of this payment.')
  }
  if (error instanceof ZodError) {
    // An unknown key is reported on the key itself, not on its parent object.
    const issues = error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ message: 'Unknown field.', path: [...issue.path, key] }))
        : [issue],
    )
    return envelope(400, ERROR_CODES.VALIDATION, 'Some fields are missing or invalid.', fieldDetails(issues))
  }
  if (error instanceof ValidationError) {
    return envelope(400, ERROR_CODES.VALIDATION, 'Some fields are missing or invalid.', fieldDetails(error.data.errors))
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined
  logger?.error({ cause, err: error instanceof Error ? { message: error.message, name: error.name, stack: error.stack } : String(error) }, 'ticketing: unexpected error')
  return envelope(500, ERROR_CODES.INTERNAL, 'Something went wrong on our side. Please try again.')
}
