import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { certificateNumber, earnsCertificate } from './certificateEligibility'

const days = ['2027-03-12', '2027-03-13']

describe('earnsCertificate', () => {
  it('ALL_DAYS wants a check-in on each day of the event', () => {
    expect(earnsCertificate('ALL_DAYS', days, days)).toBe(true)
    expect(earnsCertificate('ALL_DAYS', days, ['2027-03-12'])).toBe(false)
    expect(earnsCertificate('ALL_DAYS', days, ['2027-03-12', '2027-03-14'])).toBe(false)
    expect(earnsCertificate('ALL_DAYS', days, [])).toBe(false)
  })

  it('ANY_DAY wants one day of the event', () => {
    expect(earnsCertificate('ANY_DAY', days, ['2027-03-13'])).toBe(true)
    expect(earnsCertificate('ANY_DAY', days, ['2027-03-11'])).toBe(false)
  })

  it('ALL_DAYS implies ANY_DAY, and both depend only on the event’s days (property)', () => {
    const day = fc.constantFrom('2027-03-11', ...days, '2027-03-14')
    fc.assert(
      fc.property(fc.array(day), (checkedIn) => {
        if (earnsCertificate('ALL_DAYS', days, checkedIn)) expect(earnsCertificate('ANY_DAY', days, checkedIn)).toBe(true)
        const inside = checkedIn.filter((d) => days.includes(d))
        expect(earnsCertificate('ALL_DAYS', days, checkedIn)).toBe(earnsCertificate('ALL_DAYS', days, inside))
        expect(earnsCertificate('ANY_DAY', days, checkedIn)).toBe(inside.length > 0)
      }),
    )
  })
})

describe('certificateNumber', () => {
  it('is the prefix, the year and five digits', () => {
    expect(certificateNumber('AT', 2027, 1)).toBe('AT2027-00001')
    expect(certificateNumber('AT-CAD-', 2027, 12345)).toBe('AT-CAD-2027-12345')
  })
})
