import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { jsonShapeProblem } from './jsonShapeProblem'

const nested = (depth: number) => '['.repeat(depth - 1) + '{}' + ']'.repeat(depth - 1)

describe('jsonShapeProblem', () => {
  it('accepts ordinary bodies, the same key in sibling objects and keys that only look alike', () => {
    expect(jsonShapeProblem('{"buyer":{"name":"A","email":"a@b.c"},"attendees":[{"name":"A"},{"name":"B"}]}')).toBeNull()
    expect(jsonShapeProblem('{"a":"__proto__","b":["constructor"],"proto":1,"Constructor":2}')).toBeNull()
    expect(jsonShapeProblem('{"a\\"b":1,"a\\\\":{"a\\"b":2}}')).toBeNull()
    expect(jsonShapeProblem(nested(8))).toBeNull()
  })

  it.each([
    ['{"__proto__":{"isAdmin":true}}', '__proto__'],
    ['{"a":{"constructor":{"prototype":{}}}}', 'constructor'],
    ['{"prototype":1}', 'prototype'],
    ['{"\\u005f_proto__":{}}', '__proto__'],
    ['{"a":[{"b":1}],"x":{"__proto__" \n : 1}}', '__proto__'],
  ])('refuses the hostile key in %s', (text, key) => {
    expect(jsonShapeProblem(text)).toContain(`"${key}"`)
  })

  it('refuses a key repeated in one object, even when written differently', () => {
    expect(jsonShapeProblem('{"quantity":1,"quantity":9}')).toMatch(/more than once/)
    expect(jsonShapeProblem('{"buyer":{"email":"a@b.c","\\u0065mail":"x@y.z"}}')).toMatch(/more than once/)
  })

  it('refuses nesting deeper than 8 levels, however deep', () => {
    expect(jsonShapeProblem(nested(9))).toMatch(/deeper than 8/)
    expect(jsonShapeProblem(nested(100_000))).toMatch(/deeper than 8/)
  })

  it('agrees with a walk over the parsed value on every JSON text without repeated keys', () => {
    const depth = (value: unknown): number =>
      value && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depth)) : 0
    const hostile = (value: unknown): boolean =>
      Boolean(value && typeof value === 'object') &&
      Object.entries(value as object).some(([key, child]) => ['__proto__', 'constructor', 'prototype'].includes(key) || hostile(child))
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'a"b', 'é'))
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'large', maxDepth: 12 }, fc.jsonValue({ maxDepth: 0 }), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 3 })),
    })).node
    fc.assert(
      fc.property(value, fc.constantFrom('', ' ', '\n  '), (tree, space) => {
        const text = JSON.stringify(tree, null, space)
        const parsed = JSON.parse(text)
        expect(jsonShapeProblem(text) === null).toBe(!hostile(parsed) && depth(parsed) <= 8)
      }),
      { numRuns: 1000 },
    )
  })
})
