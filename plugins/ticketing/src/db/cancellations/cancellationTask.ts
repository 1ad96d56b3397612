/** The job queue and task that settle one booking of a cancelled event. */
export const CANCELLATION_QUEUE = 'ticketing-cancellations'
export const CANCEL_EVENT_BOOKING_TASK = 'ticketingCancelEventBooking'
