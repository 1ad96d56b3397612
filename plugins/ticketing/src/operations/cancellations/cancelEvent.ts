import type { PayloadRequest } from 'payload'

import { type CancellationProgress, cancellationProgress } from '../../db/cancellations/cancellationProgress'
import { CANCEL_EVENT_BOOKING_TASK, CANCELLATION_QUEUE } from '../../db/cancellations/cancellationTask'
import { startEventCancellation } from '../../db/cancellations/startEventCancellation'
import { withTransaction } from '../../db/core/withTransaction'
import type { EventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import { writeAuditEntry } from '../audit/writeAuditEntry'

const notFound = () => new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')

/**
 * Cancels an event and starts refunding everyone: in one short transaction the event becomes
 * CANCELLED (no seat can be taken any more), each live hold and confirmed booking is listed
 * once, and each one not yet settled and without a live job gets a job of its own (the
 * `ticketing-cancellations` queue) — so pressing it twice queues nothing twice, and pressing
 * it again after a crash or a job that gave up resumes what is left. Each press is in the
 * audit log (with how many bookings it queued). Answers the progress.
 */
export const cancelEvent = async (req: PayloadRequest, key: EventKey): Promise<CancellationProgress> => {
  const started = await withTransaction(req, async () => {
    const cancellation = await startEventCancellation(req, key)
    if (!cancellation) return null
    for (const bookingId of cancellation.bookingIds) {
      await req.payload.jobs.queue({ input: { bookingId }, queue: CANCELLATION_QUEUE, req, task: CANCEL_EVENT_BOOKING_TASK } as never)
    }
    await writeAuditEntry(req, { action: 'event.cancel', details: { bookingsQueued: cancellation.bookingIds.length, eventId: cancellation.eventId }, target: `city-events:${cancellation.eventId}` })
    return cancellation
  })
  if (!started) throw notFound()
  const progress = await cancellationProgress(req, { id: started.eventId })
  if (!progress) throw notFound()
  return progress
}
