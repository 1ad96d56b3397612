import { salesState } from '@masterclass/plugin-ticketing/domain'

export type SaleState = 'cancelled' | 'closed' | 'notYet' | 'open' | 'soldOut'

type EventLike = {
  salesCloseAt?: null | string
  salesOpenAt?: null | string
  seatsAvailable?: null | number
  startsAt: string
  status?: null | string
}

/**
 * What a visitor can do with an event now: book it, or why not. The ticketing API's own rule
 * (`salesState`, the same checks in the same order) decides, so the page never offers a
 * booking the API refuses; then no seat left means sold out. A draft (live preview) shows what
 * the page will show once published.
 */
export const saleState = (event: EventLike, now = new Date()): SaleState => {
  const status = !event.status || event.status === 'DRAFT' ? 'PUBLISHED' : event.status
  const state = salesState({ ...event, status }, now)
  if (!state.open) return state.reason === 'cancelled' ? 'cancelled' : state.reason === 'notYetOpen' ? 'notYet' : 'closed'
  return status === 'SOLD_OUT' || (event.seatsAvailable ?? 0) <= 0 ? 'soldOut' : 'open'
}
