const CONDITIONS: Record<string, RegExp> = {
  event: /\[cityEvent\]\[(?:equals|in)\](?:\[0\])?$/,
  from: /\[createdAt\]\[greater_than(?:_equal)?\]$/,
  status: /\[status\]\[(?:equals|in)\](?:\[0\])?$/,
  to: /\[createdAt\]\[less_than(?:_equal)?\]$/,
}

/**
 * The CSV export address for the filters of the admin's bookings list: the list keeps them in
 * its query string (`where[…][status][equals]=CONFIRMED`, however deeply nested).
 */
export const exportUrl = (search: string, delimiter: ',' | ';' = ','): string => {
  const list = new URLSearchParams(search)
  const params = new URLSearchParams()
  for (const [key, value] of list) {
    if (!key.startsWith('where')) continue
    for (const [name, pattern] of Object.entries(CONDITIONS)) {
      if (pattern.test(key) && value && !params.has(name)) params.set(name, value)
    }
  }
  if (delimiter === ';') params.set('delimiter', ';')
  const query = params.toString()
  return `/api/ticketing/exports/bookings.csv${query ? `?${query}` : ''}`
}
