/** Keys that reach prototypes when code copies or merges objects; no body of the API uses them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const JSON_SPACE = new Set([' ', '\t', '\n', '\r'])

export const MAX_JSON_DEPTH = 8

/**
 * What is wrong with the shape of a JSON text that JSON.parse accepted, or null: a key named
 * `__proto__`, `constructor` or `prototype`, a key repeated in one object (JSON.parse would
 * silently keep the last one), or objects and arrays nested deeper than `maxDepth`. One pass
 * over the text, without recursion, so no input can exhaust the stack. Meant for text JSON.parse
 * accepted; on anything else it still ends, with no promise about its answer.
 */
export const jsonShapeProblem = (text: string, maxDepth = MAX_JSON_DEPTH): null | string => {
  // One entry per open container: the keys seen so far for an object, null for an array.
  const open: (null | Set<string>)[] = []
  let at = 0
  while (at < text.length) {
    const char = text[at]
    if (char === '"') {
      let end = at + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      const literal = text.slice(at, end + 1)
      at = end + 1
      let next = at
      while (JSON_SPACE.has(text[next])) next++
      if (text[next] !== ':') continue
      const key = JSON.parse(literal) as string
      if (HOSTILE_KEYS.has(key)) return `The key "${key}" is not allowed.`
      const keys = open[open.length - 1]
      if (keys?.has(key)) return `The key "${key}" appears more than once in an object.`
      keys?.add(key)
      continue
    }
    if (char === '{' || char === '[') {
      open.push(char === '{' ? new Set() : null)
      if (open.length > maxDepth) return `Objects and arrays are nested deeper than ${maxDepth} levels.`
    } else if (char === '}' || char === ']') {
      open.pop()
    }
    at++
  }
  return null
}
