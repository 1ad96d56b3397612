import type { Endpoint } from 'payload'

import { withTransaction } from '../../db/core/withTransaction'
import { ERROR_CODES, TicketingError } from '../../errors'
import { writeAuditEntry } from '../../operations/audit/writeAuditEntry'
import { queueEmail } from '../../operations/email/queueEmail'
import { consumeRateLimit } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'
import { staffBooking } from './staffBooking'

/**
 * POST /api/ticketing/bookings/:reference/resend-confirmation — admin and finance; queues the
 * email again, at most `rateLimits.resendConfirmationPerBooking` times (default 20 an hour) per
 * booking, so a stuck button or a script cannot flood a buyer's inbox. Recorded in the audit log.
 */
export const resendConfirmationEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings/:reference/resend-confirmation', async (req) => {
    await requireAccess(req, config.access.canManageSales)
    const booking = await staffBooking(req)
    if (booking.status !== 'CONFIRMED') {
      throw new TicketingError(ERROR_CODES.BOOKING_NOT_CONFIRMED, 409, 'Only a confirmed booking has a confirmation to resend.', { status: booking.status })
    }
    await consumeRateLimit(req.payload, 'resend-confirmation', String(booking.id), config.rateLimits.resendConfirmationPerBooking)
    // The audit entry, the email's log row and its job commit together, or none of them.
    await withTransaction(req, async () => {
      await writeAuditEntry(req, { action: 'resend', bookingId: booking.id, details: { kind: 'confirmation' }, target: `bookings:${booking.id}` })
      await queueEmail(req, { bookingId: booking.id, kind: 'confirmation' })
    })
    return Response.json({ queued: true, reference: booking.reference }, { status: 202 })
  })
