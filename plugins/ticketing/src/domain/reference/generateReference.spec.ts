import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { REFERENCE_ALPHABET, generateReference, normalizeReference } from './generateReference'

const bytes = (...values: number[]) => () => Uint8Array.from(values)

describe('REFERENCE_ALPHABET', () => {
  it('has exactly 32 distinct characters, so byte & 31 indexes it without bias', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(32)
    expect(new Set(REFERENCE_ALPHABET).size).toBe(32)
  })

  it('excludes the lookalikes 0, 1, O and I', () => {
    for (const c of ['0', '1', 'O', 'I']) expect(REFERENCE_ALPHABET).not.toContain(c)
  })
})

describe('generateReference', () => {
  const now = new Date('2026-05-04T10:00:00Z')

  it('builds prefix, UTC year, dash and six characters from the injected random bytes', () => {
    expect(generateReference({ now, random: bytes(0, 1, 2, 31, 30, 8) })).toBe('TK2026-234ZYA')
  })

  it('maps the 256 byte values onto every character exactly 8 times (no modulo bias)', () => {
    const counts = new Map<string, number>()
    for (let b = 0; b < 256; b++) {
      const c = generateReference({ now, random: bytes(b, b, b, b, b, b) }).slice(-1)
      counts.set(c, (counts.get(c) ?? 0) + 1)
    }
    expect(counts.size).toBe(32)
    expect([...counts.values()].every((n) => n === 8)).toBe(true)
  })

  it('uses only the low five bits of each byte', () => {
    // 32 → 0 ('2'), 255 → 31 ('Z'), 0b1010_0101 = 165 → 5 ('7')
    expect(generateReference({ now, random: bytes(32, 255, 165, 64, 96, 224) })).toBe('TK2026-2Z7222')
  })

  it('asks the random source for exactly 6 bytes and uses crypto randomness by default', () => {
    const random = vi.fn(() => Uint8Array.from([1, 2, 3, 4, 5, 6]))
    generateReference({ now, random })
    expect(random).toHaveBeenCalledWith(6)
    const a = generateReference()
    const b = generateReference()
    expect(a).toMatch(/^TK\d{4}-[23456789A-HJ-NP-Z]{6}$/)
    expect(a).not.toBe(b) // 1 in 2^30 chance of a false failure
  })

  it('accepts a custom prefix', () => {
    expect(generateReference({ prefix: 'TK', now, random: bytes(9, 9, 9, 9, 9, 9) })).toBe('TK2026-BBBBBB')
  })

  /** Runs `fn` with the process time zone set to `tz`, so a local-time year would differ from UTC. */
  function inTimeZone<T>(tz: string, fn: () => T): T {
    const previous = process.env.TZ
    process.env.TZ = tz
    try {
      return fn()
    } finally {
      if (previous === undefined) delete process.env.TZ
      else process.env.TZ = previous
    }
  }

  it('takes the year in UTC: 2026-12-31T23:30:00-02:00 is already 2027 (even in São Paulo)', () => {
    const now = new Date('2026-12-31T23:30:00-02:00')
    const ref = inTimeZone('America/Sao_Paulo', () => {
      expect(now.getFullYear()).toBe(2026) // guard: local year differs, so the test can fail
      return generateReference({ now, random: bytes(0, 0, 0, 0, 0, 0) })
    })
    expect(ref).toBe('TK2027-222222')
  })

  it('takes the year in UTC: 2027-01-01T00:30:00+02:00 is still 2026 (even in Tokyo)', () => {
    const now = new Date('2027-01-01T00:30:00+02:00')
    const ref = inTimeZone('Asia/Tokyo', () => {
      expect(now.getFullYear()).toBe(2027)
      return generateReference({ now, random: bytes(0, 0, 0, 0, 0, 0) })
    })
    expect(ref).toBe('TK2026-222222')
  })

  it.each(['', 'mc', 'M-C', 'ABCDEFGHIJK'])('throws a RangeError for the invalid prefix %j', (prefix) => {
    expect(() => generateReference({ prefix, now })).toThrow(RangeError)
  })

  it('throws a RangeError for an invalid date or a short random buffer', () => {
    expect(() => generateReference({ now: new Date('nope') })).toThrow(RangeError)
    expect(() => generateReference({ now, random: bytes(1, 2, 3) })).toThrow(RangeError)
  })

  it('never emits a character outside the alphabet and always normalizes to itself (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 253_402_300_799_000 }), (buf, t) => {
        const ref = generateReference({ now: new Date(t), random: () => buf })
        const code = ref.split('-')[1]
        expect([...code].every((c) => REFERENCE_ALPHABET.includes(c))).toBe(true)
        expect(normalizeReference(ref.toLowerCase())).toBe(ref)
      }),
    )
  })
})

describe('normalizeReference', () => {
  it('trims and upper-cases', () => {
    expect(normalizeReference('  mc2026-7kq3xp\n')).toBe('MC2026-7KQ3XP')
    expect(normalizeReference('Mc2026-7kQ3xP')).toBe('MC2026-7KQ3XP')
  })

  it('accepts digits in the prefix and up to 10 prefix characters', () => {
    expect(normalizeReference('A1B2C3D4E52026-222222')).toBe('A1B2C3D4E52026-222222')
  })

  it.each([
    ['missing prefix', '2026-7KQ3XP'],
    ['prefix too long', 'ABCDEFGHIJK2026-7KQ3XP'],
    ['3-digit year', 'MC202-7KQ3XP'],
    ['code too short', 'MC2026-7KQ3X'],
    ['code too long', 'MC2026-7KQ3XPP'],
    ['no dash', 'MC20267KQ3XP'],
    ['contains O', 'MC2026-7KQ3XO'],
    ['contains I', 'MC2026-7KQ3XI'],
    ['contains 0', 'MC2026-7KQ3X0'],
    ['contains 1', 'MC2026-7KQ3X1'],
    ['inner whitespace', 'MC2026 -7KQ3XP'],
    ['empty', ''],
  ])('returns null for %s', (_label, input) => {
    expect(normalizeReference(input)).toBeNull()
  })

  it('returns null for a non-string at runtime', () => {
    expect(normalizeReference(undefined as unknown as string)).toBeNull()
  })
})
