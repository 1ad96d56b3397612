import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { changedFields } from './changedFields'

const PATHS = ['buyer.name', 'buyer.email', 'buyer.phone', 'notes'] as const

describe('changedFields', () => {
  it('lists each changed path with its value before and after, nested paths included', () => {
    const before = { buyer: { email: 'a@x.fr', name: 'Ada', phone: null }, notes: 'x', status: 'PAID' }
    const after = { buyer: { email: 'b@x.fr', name: 'Ada', phone: '+33612345678' }, notes: 'x', status: 'REFUNDED' }
    expect(changedFields(before, after, PATHS)).toEqual({
      'buyer.email': { after: 'b@x.fr', before: 'a@x.fr' },
      'buyer.phone': { after: '+33612345678', before: null },
    })
  })

  it('treats empty, null and missing as the same nothing', () => {
    expect(changedFields({ buyer: { phone: '' } }, { buyer: {} }, PATHS)).toEqual({})
    expect(changedFields({ notes: null }, {}, PATHS)).toEqual({})
  })

  it('finds nothing between a document and itself, and every listed difference between two', () => {
    const doc = fc.record({ buyer: fc.record({ email: fc.string(), name: fc.string(), phone: fc.option(fc.string()) }), notes: fc.option(fc.string()) })
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        expect(changedFields(a, a, PATHS)).toEqual({})
        const changes = changedFields(a, b, PATHS)
        for (const [path, change] of Object.entries(changes)) expect(change.before).not.toEqual(change.after)
        expect(changedFields(b, a, PATHS)).toEqual(Object.fromEntries(Object.entries(changes).map(([p, c]) => [p, { after: c.before, before: c.after }])))
      }),
    )
  })
})
