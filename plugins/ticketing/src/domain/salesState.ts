/** The statuses in which an event is shown to visitors and sells (SOLD_OUT still sells: the seat count decides). */
export const SELLING_STATUSES = ['PUBLISHED', 'SOLD_OUT'] as const

export type SalesStateInput = {
  salesCloseAt?: null | string
  salesOpenAt?: null | string
  startsAt: string
  status: string
}

/** Why an event does not sell now: a draft, cancelled, started or completed, before or after its sales window. */
export type SalesClosedReason = 'cancelled' | 'closed' | 'draft' | 'notYetOpen' | 'started'

export type SalesState =
  | { code: 'EVENT_NOT_FOUND'; message: string; open: false; reason: 'draft' }
  | { code: 'SALES_CLOSED'; message: string; open: false; reason: Exclude<SalesClosedReason, 'draft'> }
  | { open: true }

/**
 * Whether an event sells seats at `now`, checked in this order: drafts do not exist for
 * visitors; cancelled, completed or started events are closed; then the sales window (before
 * it opens, after it closes). SOLD_OUT still "sells": the seat count decides. The booking API,
 * the event list and the site's pages all ask this one function.
 */
export const salesState = (event: SalesStateInput, now: Date): SalesState => {
  const at = now.getTime()
  if (event.status === 'DRAFT') return { code: 'EVENT_NOT_FOUND', message: 'No such event.', open: false, reason: 'draft' }
  if (event.status === 'CANCELLED') return { code: 'SALES_CLOSED', message: 'This event has been cancelled.', open: false, reason: 'cancelled' }
  if (event.status === 'COMPLETED' || new Date(event.startsAt).getTime() <= at) {
    return { code: 'SALES_CLOSED', message: 'This event has already started.', open: false, reason: 'started' }
  }
  if (event.salesOpenAt && at < new Date(event.salesOpenAt).getTime()) {
    return { code: 'SALES_CLOSED', message: `Sales open on ${new Date(event.salesOpenAt).toISOString()}.`, open: false, reason: 'notYetOpen' }
  }
  if (event.salesCloseAt && at >= new Date(event.salesCloseAt).getTime()) {
    return { code: 'SALES_CLOSED', message: 'Sales for this event are closed.', open: false, reason: 'closed' }
  }
  return { open: true }
}
