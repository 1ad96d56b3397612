export type SaleState = 'cancelled' | 'closed' | 'notYet' | 'open' | 'soldOut'

type EventLike = {
  salesCloseAt?: null | string
  salesOpenAt?: null | string
  seatsAvailable?: null | number
  startsAt: string
  status?: null | string
}

/**
 * What a visitor can do with an event now: book it, or why not (the same rules as the
 * ticketing API's SALES_CLOSED / SOLD_OUT, so the page never offers a booking the API refuses).
 */
export const saleState = (event: EventLike, now = new Date()): SaleState => {
  const at = now.getTime()
  if (event.status === 'CANCELLED') return 'cancelled'
  if (event.status === 'COMPLETED' || new Date(event.startsAt).getTime() <= at) return 'closed'
  if (event.salesCloseAt && at >= new Date(event.salesCloseAt).getTime()) return 'closed'
  if (event.status === 'SOLD_OUT' || (event.seatsAvailable ?? 0) <= 0) return 'soldOut'
  if (event.salesOpenAt && at < new Date(event.salesOpenAt).getTime()) return 'notYet'
  return 'open'
}
