export type SalesStateInput = {
  salesCloseAt?: null | string
  salesOpenAt?: null | string
  startsAt: string
  status: string
}

export type SalesState =
  | { code: 'EVENT_NOT_FOUND'; message: string; open: false }
  | { code: 'SALES_CLOSED'; message: string; open: false }
  | { open: true }

/**
 * Whether an event sells seats at `now` (SPEC §8.1): drafts do not exist for visitors;
 * cancelled, completed or started events, and instants outside the sales window, are closed.
 * SOLD_OUT still "sells": the seat count decides.
 */
export const salesState = (event: SalesStateInput, now: Date): SalesState => {
  const at = now.getTime()
  if (event.status === 'DRAFT') return { code: 'EVENT_NOT_FOUND', message: 'No such event.', open: false }
  if (event.status === 'CANCELLED') return { code: 'SALES_CLOSED', message: 'This event has been cancelled.', open: false }
  if (event.status === 'COMPLETED' || new Date(event.startsAt).getTime() <= at) {
    return { code: 'SALES_CLOSED', message: 'This event has already started.', open: false }
  }
  if (event.salesOpenAt && at < new Date(event.salesOpenAt).getTime()) {
    return { code: 'SALES_CLOSED', message: `Sales open on ${new Date(event.salesOpenAt).toISOString()}.`, open: false }
  }
  if (event.salesCloseAt && at >= new Date(event.salesCloseAt).getTime()) {
    return { code: 'SALES_CLOSED', message: 'Sales for this event are closed.', open: false }
  }
  return { open: true }
}
