import { currencies } from './currencies.js'
import { StripeError } from './stripeError.js'
import type { ParamSpec, ParamSpecs, ParamsOf, RangeFilter } from './paramSpec.js'
import type { FormObject, FormValue } from './types.js'

const join = (prefix: string, key: string): string => (prefix ? `${prefix}[${key}]` : key)
const isHash = (value: FormValue): value is FormObject => typeof value === 'object' && !Array.isArray(value)
const oneOf = (values: readonly string[]): string =>
  values.length > 1 ? `${values.slice(0, -1).join(', ')}, or ${values[values.length - 1]}` : values.join('')

function expectString(value: FormValue, path: string, label: string): string {
  if (typeof value !== 'string') throw StripeError.invalid(`Invalid ${label}`, { param: path })
  return value
}

function parseInteger(value: FormValue, path: string): number {
  const text = expectString(value, path, 'integer')
  if (!/^-?\d+$/.test(text)) {
    throw StripeError.invalid(`Invalid integer: ${text}`, { code: 'parameter_invalid_integer', param: path })
  }
  return Number(text)
}

function checkMetadata(value: FormValue, path: string): Record<string, string | null> {
  if (!isHash(value)) throw StripeError.invalid('Invalid hash', { param: path })
  const keys = Object.keys(value)
  if (keys.length > 50) throw StripeError.invalid(`Metadata can have up to 50 keys, but you passed in ${keys.length} keys.`, { param: path })
  const out: Record<string, string | null> = {}
  for (const key of keys) {
    const item = value[key]
    if (key.length > 40) {
      throw StripeError.invalid(`Metadata keys can have up to 40 characters, but you passed in a key that is ${key.length} characters. Invalid key: ${key}`, { param: join(path, key) })
    }
    const text = expectString(item, join(path, key), 'string')
    if (text.length > 500) {
      throw StripeError.invalid(`Metadata values can have up to 500 characters, but you passed in a value that is ${text.length} characters. Invalid value: ${text}`, { param: join(path, key) })
    }
    out[key] = text === '' ? null : text
  }
  return out
}

function checkRange(value: FormValue, path: string): RangeFilter {
  if (!isHash(value)) {
    const exact = parseInteger(value, path)
    return { gte: exact, lte: exact }
  }
  const fields = { gt: { kind: 'integer' }, gte: { kind: 'integer' }, lt: { kind: 'integer' }, lte: { kind: 'integer' } } as const
  return validateParams(fields, value, path)
}

function checkValue(spec: ParamSpec, value: FormValue, path: string): unknown {
  if (spec.kind === 'any') return value
  if (spec.kind === 'metadata') return value === '' ? null : checkMetadata(value, path)
  if (spec.kind === 'range') return checkRange(value, path)
  if (value === '') {
    if (spec.emptyable) return null
    throw StripeError.invalid(
      `You passed an empty string for '${path}'. We assume empty values are an attempt to unset a parameter; however '${path}' cannot be unset. You should remove '${path}' from your request or supply a non-empty value.`,
      { code: 'parameter_invalid_empty', param: path },
    )
  }
  switch (spec.kind) {
    case 'string': {
      const text = expectString(value, path, 'string')
      if (spec.maxLength !== undefined && text.length > spec.maxLength) {
        throw StripeError.invalid(`Invalid string: ${text}; must be at most ${spec.maxLength} characters`, { param: path })
      }
      if (spec.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
        throw StripeError.invalid(`Invalid email address: ${text}`, { code: 'email_invalid', param: path })
      }
      if (spec.format === 'currency') {
        const currency = text.toLowerCase()
        if (!currencies.isSupported(currency)) {
          throw StripeError.invalid(`Invalid currency: ${text}. Stripe currently supports these currencies: ${currencies.supportedList()}`, { param: path })
        }
        return currency
      }
      return text
    }
    case 'integer': {
      const number = parseInteger(value, path)
      if (spec.min !== undefined && number < spec.min) {
        throw StripeError.invalid(`This value must be greater than or equal to ${spec.min}.`, { code: 'parameter_invalid_integer', param: path })
      }
      if (spec.max !== undefined && number > spec.max) {
        throw StripeError.invalid(`This value must be less than or equal to ${spec.max}.`, { code: 'parameter_invalid_integer', param: path })
      }
      return number
    }
    case 'boolean': {
      const text = expectString(value, path, 'boolean')
      if (text !== 'true' && text !== 'false') throw StripeError.invalid(`Invalid boolean: ${text}`, { param: path })
      return text === 'true'
    }
    case 'enum': {
      const text = expectString(value, path, 'string')
      if (!spec.values.includes(text)) throw StripeError.invalid(`Invalid ${path}: must be one of ${oneOf(spec.values)}`, { param: path })
      return text
    }
    case 'list': {
      if (!Array.isArray(value)) throw StripeError.invalid('Invalid array', { param: path })
      if (spec.maxItems !== undefined && value.length > spec.maxItems) {
        throw StripeError.invalid(`Invalid array: must contain at most ${spec.maxItems} items`, { param: path })
      }
      return value.map((item, index) => {
        const text = expectString(item, `${path}[${index}]`, 'string')
        if (spec.values && !spec.values.includes(text)) {
          throw StripeError.invalid(`Invalid ${path}[${index}]: must be one of ${oneOf(spec.values)}`, { param: `${path}[${index}]` })
        }
        return text
      })
    }
    case 'object':
      if (!isHash(value)) throw StripeError.invalid('Invalid hash', { param: path })
      return validateParams(spec.fields, value, path)
  }
}

/**
 * Validates decoded form parameters against a spec the way Stripe does: unknown parameters first
 * (`parameter_unknown`), then required ones (`parameter_missing`), then types. Returns typed values.
 */
export function validateParams<T extends ParamSpecs>(specs: T, input: FormObject, prefix = ''): ParamsOf<T> {
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(specs, key)) throw StripeError.unknownParameter(join(prefix, key))
  }
  const out: Record<string, unknown> = {}
  for (const [key, spec] of Object.entries(specs)) {
    const value = input[key]
    if (value === undefined) {
      if ('required' in spec && spec.required) throw StripeError.missingParameter(join(prefix, key))
      continue
    }
    out[key] = checkValue(spec, value, join(prefix, key))
  }
  return out as ParamsOf<T>
}
