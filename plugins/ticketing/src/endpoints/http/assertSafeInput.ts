import type { PayloadRequest } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'

const CONTROL = /[\u0000-\u001f\u007f]/
const LONE_SURROGATE = /\p{Cs}/u
const PARAM_MAX = 200
const QUERY_MAX = 1_000
const HEADER_MAX = 4_096
/** Request headers the endpoints read as text (others are only ever parsed by strict formats). */
const TEXT_HEADERS = ['idempotency-key']

const problem = (value: string, max: number): null | string => {
  if (value.length > max) return `At most ${max} characters.`
  if (CONTROL.test(value)) return 'Contains control characters.'
  if (LONE_SURROGATE.test(value)) return 'Contains invalid characters.'
  return null
}

/**
 * The first gate of every ticketing endpoint, before any handler or SQL: route parameters,
 * query names and values, and the text headers the endpoints read must be short, well-formed
 * text without control characters (a NUL byte would otherwise reach PostgreSQL). Anything
 * else is 400 VALIDATION, naming the part of the request.
 */
export const assertSafeInput = (req: Pick<PayloadRequest, 'headers' | 'routeParams' | 'searchParams'>): void => {
  const fields: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(req.routeParams ?? {})) {
    const issue = typeof value === 'string' ? problem(value, PARAM_MAX) : null
    if (issue) fields[name] = [issue]
  }
  for (const [name, value] of req.searchParams ?? []) {
    const issue = problem(name, PARAM_MAX) ?? problem(value, QUERY_MAX)
    if (issue) fields[problem(name, PARAM_MAX) ? '_query' : name] = [issue]
  }
  for (const name of TEXT_HEADERS) {
    const value = req.headers.get(name)
    const issue = value === null ? null : problem(value, HEADER_MAX)
    if (issue) fields[name] = [issue]
  }
  if (Object.keys(fields).length) {
    throw new TicketingError(ERROR_CODES.VALIDATION, 400, 'The address or headers of this request are not valid.', { fields })
  }
}
