import { describe, expect, it } from 'vitest'

import { exportUrl } from '../ExportCsvButton/exportUrl'
import { quickFiltersWhere, readQuickFilters } from './quickFilters'

describe('the bookings list quick filters', () => {
  it('read back what they write, and leave out what is not chosen', () => {
    const where = quickFiltersWhere({ event: '7', paymentStatus: '', status: 'CONFIRMED' })
    expect(where).toEqual({ and: [{ cityEvent: { equals: '7' } }, { status: { equals: 'CONFIRMED' } }] })
    expect(readQuickFilters(where)).toEqual({ event: '7', paymentStatus: '', status: 'CONFIRMED' })
  })

  it('find filters the admin nested under or/and', () => {
    expect(readQuickFilters({ or: [{ and: [{ status: { equals: 'PENDING' } }, { paymentStatus: { equals: 'FAILED' } }] }] })).toEqual({ event: '', paymentStatus: 'FAILED', status: 'PENDING' })
  })

  it('carry over to the CSV export', () => {
    const params = new URLSearchParams({ 'where[and][0][cityEvent][equals]': '7', 'where[and][1][status][equals]': 'CONFIRMED' })
    expect(exportUrl(`?${params}`)).toBe('/api/ticketing/exports/bookings.csv?event=7&status=CONFIRMED')
  })
})
