import type { Store } from './store.js'
import { StripeError } from './stripeError.js'

type Node = { [key: string]: unknown }
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)
const isList = (node: Node) => node.object === 'list' || node.object === 'search_result'

function cannotExpand(path: string, list: boolean): StripeError {
  const hint = list ? ` You may want to try expanding 'data.${path}' instead.` : ''
  return StripeError.invalid(`This property cannot be expanded (${path}).${hint}`, { param: 'expand' })
}

function expandPath(node: Node, segments: string[], store: Store, path: string, depth: number): void {
  const [head, ...rest] = segments
  if (depth > 4) throw StripeError.invalid(`You cannot expand more than 4 levels of a property. Property: ${path}`, { param: 'expand' })
  if (isList(node)) {
    if (head !== 'data' || rest.length === 0 || !Array.isArray(node.data)) throw cannotExpand(path, true)
    for (const item of node.data) if (isNode(item)) expandPath(item, rest, store, path, depth)
    return
  }
  if (!Object.hasOwn(node, head)) throw cannotExpand(path, false)
  let current = node[head]
  if (typeof current === 'string') {
    const found = store.findById(current)
    if (!found) throw cannotExpand(path, false)
    current = structuredClone(found)
    node[head] = current
  }
  if (rest.length > 0 && isNode(current)) expandPath(current, rest, store, path, depth + 1)
}

/** Applies Stripe's `expand[]` paths (`latest_charge`, `data.customer`, `latest_charge.payment_intent`) to a copy. */
export function expandObject<T extends object>(value: T, paths: readonly string[], store: Store): T {
  const copy = structuredClone(value)
  for (const path of paths) {
    if (isNode(copy)) expandPath(copy, path.split('.'), store, path, 1)
  }
  return copy
}
