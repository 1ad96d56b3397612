type Where = Record<string, unknown>

export type QuickFilters = { event: string; paymentStatus: string; status: string }
const FIELDS: Record<keyof QuickFilters, string> = { event: 'cityEvent', paymentStatus: 'paymentStatus', status: 'status' }

/** The `equals` value of `field` anywhere in a list's where (the admin nests them under or/and). */
const findEquals = (where: unknown, field: string): string => {
  if (!where || typeof where !== 'object') return ''
  for (const [key, value] of Object.entries(where as Where)) {
    if (key === field && value && typeof value === 'object' && 'equals' in value) return String((value as { equals: unknown }).equals ?? '')
    const found = findEquals(value, field)
    if (found) return found
  }
  return ''
}

/** The event, status and payment a bookings list is filtered on ('' for any). */
export const readQuickFilters = (where: unknown): QuickFilters => ({
  event: findEquals(where, FIELDS.event),
  paymentStatus: findEquals(where, FIELDS.paymentStatus),
  status: findEquals(where, FIELDS.status),
})

/** The list's where for these filters (the CSV export reads the same conditions from the address). */
export const quickFiltersWhere = (filters: QuickFilters): Where => ({
  and: (Object.keys(FIELDS) as (keyof QuickFilters)[]).filter((key) => filters[key]).map((key) => ({ [FIELDS[key]]: { equals: filters[key] } })),
})
