import { StripeError } from './stripeError.js'

type Json = { [key: string]: unknown }

const bad = (message: string, param: string) => StripeError.invalid(message, { param })

/** Small validators for the JSON bodies of the control API. */
export const controlBody = {
  object(body: unknown): Json {
    if (body === undefined || body === null) return {}
    if (typeof body !== 'object' || Array.isArray(body)) throw bad('Body must be a JSON object', 'body')
    return body as Json
  },
  string<T extends string>(body: Json, key: string, allowed?: readonly T[]): T | undefined {
    const value = body[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string' || (allowed && !allowed.includes(value as T))) {
      throw bad(allowed ? `${key} must be one of ${allowed.join(', ')}` : `${key} must be a string`, key)
    }
    return value as T
  },
  number(body: Json, key: string): number | undefined {
    const value = body[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number' || !Number.isFinite(value)) throw bad(`${key} must be a number`, key)
    return value
  },
  boolean(body: Json, key: string): boolean | undefined {
    const value = body[key]
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'boolean') throw bad(`${key} must be a boolean`, key)
    return value
  },
}
