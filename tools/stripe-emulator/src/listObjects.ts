import { StripeError } from './stripeError.js'
import type { RangeFilter } from './paramSpec.js'

export interface ListOptions {
  limit?: number
  starting_after?: string
  ending_before?: string
  created?: RangeFilter
}

export interface ApiList<T> {
  object: 'list'
  data: T[]
  has_more: boolean
  url: string
}

function inRange(value: number, range: RangeFilter | undefined): boolean {
  if (!range) return true
  return (
    (range.gt === undefined || value > range.gt) &&
    (range.gte === undefined || value >= range.gte) &&
    (range.lt === undefined || value < range.lt) &&
    (range.lte === undefined || value <= range.lte)
  )
}

/**
 * A Stripe list page: newest first, `limit` (default 10), cursor pagination with
 * `starting_after` / `ending_before` (ids must exist, else 404 like Stripe) and a `created` range.
 * `items` must be in creation order.
 */
export function listObjects<T extends { id: string; created: number }>(
  items: Iterable<T>,
  options: ListOptions,
  url: string,
  kind: string,
): ApiList<T> {
  const limit = options.limit ?? 10
  if (options.starting_after && options.ending_before) {
    throw StripeError.invalid('You may only specify one of these parameters: ending_before, starting_after.', {
      code: 'parameters_exclusive',
      param: 'ending_before',
    })
  }
  const newestFirst = [...items].reverse()
  const cursor = options.starting_after ?? options.ending_before
  let candidates = newestFirst
  let fromEnd = false
  if (cursor !== undefined) {
    const index = newestFirst.findIndex((item) => item.id === cursor)
    if (index < 0) throw StripeError.resourceMissing(kind, cursor, options.starting_after ? 'starting_after' : 'ending_before')
    fromEnd = options.ending_before !== undefined
    candidates = fromEnd ? newestFirst.slice(0, index) : newestFirst.slice(index + 1)
  }
  const matching = candidates.filter((item) => inRange(item.created, options.created))
  const data = fromEnd ? matching.slice(Math.max(0, matching.length - limit)) : matching.slice(0, limit)
  return { object: 'list', data, has_more: matching.length > limit, url }
}
