import type { FormValue } from './types.js'

/** Declarative parameter specs (a tiny schema language mirroring stripe's `*Params` types). */
interface Common {
  required?: boolean
  /** An empty string unsets the parameter (Stripe's `Emptyable<…>`); it is returned as `null`. */
  emptyable?: boolean
}
export type ParamSpec =
  | (Common & { kind: 'string'; maxLength?: number; format?: 'email' | 'currency' })
  | (Common & { kind: 'integer'; min?: number; max?: number })
  | (Common & { kind: 'boolean' })
  | (Common & { kind: 'enum'; values: readonly string[] })
  | (Common & { kind: 'list'; values?: readonly string[]; maxItems?: number })
  | (Common & { kind: 'object'; fields: ParamSpecs })
  | { kind: 'metadata' }
  | { kind: 'range' }
  | { kind: 'any' }
export type ParamSpecs = { readonly [name: string]: ParamSpec }
export interface RangeFilter {
  gt?: number
  gte?: number
  lt?: number
  lte?: number
}
type Base<S> = S extends { kind: 'string' } ? string
  : S extends { kind: 'integer' } ? number
  : S extends { kind: 'boolean' } ? boolean
  : S extends { kind: 'enum'; values: readonly (infer V)[] } ? V
  : S extends { kind: 'list' } ? string[]
  : S extends { kind: 'object'; fields: infer F extends ParamSpecs } ? ParamsOf<F>
  : S extends { kind: 'metadata' } ? Record<string, string | null> | null
  : S extends { kind: 'range' } ? RangeFilter
  : FormValue
type Out<S> = S extends { emptyable: true } ? Base<S> | null : Base<S>
/** The typed result of validating against a spec; every field is optional (requiredness is checked at runtime). */
export type ParamsOf<T extends ParamSpecs> = { -readonly [K in keyof T]?: Out<T[K]> }
