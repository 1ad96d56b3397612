import { describe, expect, it } from 'vitest'

import { exportUrl } from './exportUrl'

describe('exportUrl', () => {
  it('exports everything when the list has no filter', () => {
    expect(exportUrl('')).toBe('/api/ticketing/exports/bookings.csv')
  })

  it('carries the list filters on event, status and creation date, however nested', () => {
    const search = new URLSearchParams({
      'where[or][0][and][0][cityEvent][equals]': '7',
      'where[or][0][and][1][status][equals]': 'CONFIRMED',
      'where[or][0][and][2][createdAt][greater_than_equal]': '2027-01-01',
      'where[or][0][and][3][createdAt][less_than]': '2027-02-01',
      limit: '10',
    }).toString()
    const url = new URL(exportUrl(`?${search}`, ';'), 'http://x')
    expect(Object.fromEntries(url.searchParams)).toEqual({ delimiter: ';', event: '7', from: '2027-01-01', status: 'CONFIRMED', to: '2027-02-01' })
  })
})
