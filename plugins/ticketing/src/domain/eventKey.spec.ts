import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseEventKey, PG_INT_MAX } from './eventKey'

describe('parseEventKey', () => {
  it.each([
    [12, { id: 12 }],
    ['12', { id: 12 }],
    ['0012', { id: 12 }],
    [String(PG_INT_MAX), { id: PG_INT_MAX }],
    ['paris-2026', { slug: 'paris-2026' }],
  ])('reads %j', (value, expected) => {
    expect(parseEventKey(value)).toEqual(expected)
  })

  it.each([
    [0],
    ['0'],
    [-1],
    [1.5],
    [PG_INT_MAX + 1],
    [String(PG_INT_MAX + 1)],
    ['99999999999999999999'],
    ['abc\u0000def'],
    ['Paris'],
    ['a b'],
    ['-paris'],
    ['x'.repeat(81)],
    [''],
    [null],
    [{}],
  ])('refuses %j', (value) => {
    expect(parseEventKey(value)).toBeNull()
  })

  it('never names an id outside a PostgreSQL integer, and never a slug with anything but a-z, 0-9 and dashes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 100, unit: 'binary' }), fc.bigInt({ max: 10n ** 40n, min: -(10n ** 40n) }).map(String), fc.integer().map(String)),
        (value) => {
          const key = parseEventKey(value)
          if (key && 'id' in key) expect(key.id >= 1 && key.id <= PG_INT_MAX).toBe(true)
          if (key && 'slug' in key) expect(/^[a-z0-9-]{1,80}$/.test(key.slug)).toBe(true)
        },
      ),
    )
  })
})
