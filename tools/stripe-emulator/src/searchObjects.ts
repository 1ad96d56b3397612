import { StripeError } from './stripeError.js'

export type SearchField<T> = (item: T) => string | number | null | undefined
export interface SearchResult<T> {
  object: 'search_result'
  data: T[]
  has_more: boolean
  next_page: string | null
  url: string
}
interface Clause {
  negate: boolean
  field: string
  metadataKey: string | null
  op: string
  value: string | number | null
}

const CLAUSE =
  /\s*(-?)(?:metadata\[(['"])(.*?)\2\]|([a-z_]+))\s*(:|~|>=|<=|>|<)\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|null)\s*/y
const JOINER = /(AND|OR)\s+/y

function parse(query: string): { clauses: Clause[]; joiner: 'AND' | 'OR' } {
  const clauses: Clause[] = []
  let joiner: 'AND' | 'OR' | null = null
  let position = 0
  const malformed = () => StripeError.invalid(`Invalid search query: ${query}`, { param: 'query' })
  for (;;) {
    CLAUSE.lastIndex = position
    const match = CLAUSE.exec(query)
    if (!match) throw malformed()
    const [, negate, , metadataKey, field, op, rawValue] = match
    const value = rawValue === 'null' ? null
      : /^['"]/.test(rawValue) ? rawValue.slice(1, -1).replace(/\\(.)/g, '$1')
      : Number(rawValue)
    clauses.push({ negate: negate === '-', field: field ?? 'metadata', metadataKey: metadataKey ?? null, op, value })
    position = CLAUSE.lastIndex
    if (position >= query.length) break
    JOINER.lastIndex = position
    const join = JOINER.exec(query)
    if (!join || (joiner !== null && join[1] !== joiner)) throw malformed()
    joiner = join[1] as 'AND' | 'OR'
    position = JOINER.lastIndex
  }
  return { clauses, joiner: joiner ?? 'AND' }
}

function test(actual: string | number | null | undefined, clause: Clause): boolean {
  const { op, value } = clause
  if (value === null) return op === ':' && (actual === null || actual === undefined)
  if (actual === null || actual === undefined) return false
  if (op === ':') return String(actual).toLowerCase() === String(value).toLowerCase()
  if (op === '~') return String(actual).toLowerCase().includes(String(value).toLowerCase())
  const a = Number(actual)
  const b = Number(value)
  return op === '>' ? a > b : op === '<' ? a < b : op === '>=' ? a >= b : a <= b
}

/**
 * Stripe's search endpoints: `field:'value'`, `field~'part'`, `amount>1000`, `-field:'x'`,
 * `metadata['key']:'value'`, `field:null`, joined by AND or OR; `page` tokens from `next_page`.
 */
export function searchObjects<T extends { metadata: Record<string, string> | null }>(
  items: Iterable<T>,
  options: { query: string; limit?: number; page?: string },
  fields: Record<string, SearchField<T>>,
  resource: string,
): SearchResult<T> {
  const { clauses, joiner } = parse(options.query)
  for (const clause of clauses) {
    if (clause.metadataKey === null && !Object.hasOwn(fields, clause.field)) {
      throw StripeError.invalid(
        `Field \`${clause.field}\` is an unsupported search field for resource \`${resource}\`. See http://stripe.com/docs/search#query-fields-for-${resource} for a list of supported fields.`,
        { param: 'query' },
      )
    }
  }
  const matches = (item: T) => {
    const results = clauses.map((clause) => {
      const actual = clause.metadataKey !== null ? item.metadata?.[clause.metadataKey] : fields[clause.field](item)
      return test(actual, clause) !== clause.negate
    })
    return joiner === 'AND' ? results.every(Boolean) : results.some(Boolean)
  }
  const offset = options.page ? Number(Buffer.from(options.page, 'base64url').toString('utf8')) : 0
  if (!Number.isInteger(offset) || offset < 0) throw StripeError.invalid('Invalid page token', { param: 'page' })
  const limit = options.limit ?? 10
  const found = [...items].reverse().filter(matches)
  const data = found.slice(offset, offset + limit)
  const hasMore = found.length > offset + limit
  return {
    object: 'search_result',
    data,
    has_more: hasMore,
    next_page: hasMore ? Buffer.from(String(offset + limit)).toString('base64url') : null,
    url: `/v1/${resource}/search`,
  }
}
