import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { currencyDecimals, formatDecimal, isIntegerMinor, parseDecimal } from './money'

const currency = fc.constantFrom('EUR', 'usd', 'JPY', 'krw', 'KWD', 'BHD', 'GBP', 'CLF')
const minor = fc.maxSafeInteger()

describe('money (properties)', () => {
  it('parseDecimal(formatDecimal(x)) round-trips every safe integer exactly', () => {
    fc.assert(
      fc.property(minor, currency, (amount, code) => {
        expect(parseDecimal(formatDecimal(amount, code), code)).toBe(amount === 0 ? 0 : amount)
      }),
    )
  })

  it('formatDecimal always prints exactly currencyDecimals digits after the point', () => {
    fc.assert(
      fc.property(minor, currency, (amount, code) => {
        const text = formatDecimal(amount, code)
        const decimals = currencyDecimals(code)
        const fraction = text.includes('.') ? text.split('.')[1] : ''
        expect(fraction.length).toBe(decimals)
        expect(text).toMatch(/^-?\d+(\.\d+)?$/)
      }),
    )
  })

  it('parseDecimal always returns an integer minor amount or throws a RangeError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double()), currency, (input, code) => {
        try {
          expect(isIntegerMinor(parseDecimal(input, code))).toBe(true)
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError)
        }
      }),
    )
  })

  it('parses two-decimal numbers like 19.99 without float error', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (cents) => {
        const asNumber = Number(`${cents < 0 ? '-' : ''}${formatDecimal(Math.abs(cents), 'EUR')}`)
        expect(parseDecimal(asNumber, 'EUR')).toBe(cents === 0 ? 0 : cents)
      }),
    )
  })
})

describe('isIntegerMinor', () => {
  it('accepts safe integers, including negatives and zero', () => {
    expect(isIntegerMinor(0)).toBe(true)
    expect(isIntegerMinor(-305)).toBe(true)
    expect(isIntegerMinor(Number.MAX_SAFE_INTEGER)).toBe(true)
  })

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '100', null, undefined, 10n])(
    'rejects %s',
    (value) => {
      expect(isIntegerMinor(value)).toBe(false)
    },
  )
})
