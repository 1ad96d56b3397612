import type { FormObject, FormValue } from './types.js'

const KEY_PATTERN = /^([^[\]]+)((?:\[[^[\]]*\])*)$/

function splitKey(rawKey: string): string[] {
  const match = KEY_PATTERN.exec(rawKey)
  if (!match) return [rawKey]
  const rest = match[2] ? match[2].slice(1, -1).split('][') : []
  return [match[1], ...rest]
}

function assign(root: FormObject, path: string[], value: string): void {
  let node: FormObject = root
  path.forEach((segment, index) => {
    const key = segment === '' ? String(Object.keys(node).length) : segment
    if (index === path.length - 1) {
      node[key] = value
      return
    }
    const existing = node[key]
    if (typeof existing !== 'object' || Array.isArray(existing)) {
      const child: FormObject = {}
      node[key] = child
      node = child
    } else {
      node = existing
    }
  })
}

function isIndexKey(key: string): boolean {
  return /^(0|[1-9]\d*)$/.test(key)
}

/** Objects whose keys are all array indexes become arrays (ordered by index); metadata stays a map. */
function normalize(value: FormValue, parentKey: string): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value
  const keys = Object.keys(value)
  const entries = keys.map((key) => [key, normalize(value[key], key)] as const)
  if (parentKey !== 'metadata' && keys.length > 0 && keys.every(isIndexKey)) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, item]) => item)
  }
  return Object.fromEntries(entries)
}

/**
 * Decodes a form/query string with Stripe's nested bracket encoding:
 * `metadata[ref]=A&expand[0]=latest_charge&types[]=x&created[gte]=1`
 * → `{ metadata: { ref: 'A' }, expand: ['latest_charge'], types: ['x'], created: { gte: '1' } }`.
 * Leaf values stay strings; typing is the job of validateParams.
 */
export function decodeForm(input: string): FormObject {
  const root: FormObject = {}
  for (const [rawKey, value] of new URLSearchParams(input)) {
    if (rawKey === '') continue
    assign(root, splitKey(rawKey), value)
  }
  const out: FormObject = {}
  for (const [key, value] of Object.entries(root)) out[key] = normalize(value, key)
  return out
}
