import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { refundBooking } from '../../operations/refunds/refundBooking'
import { refundInput } from '../../validation/refundInput'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'
import { requireAccess } from '../http/requireAccess'
import { staffBooking } from './staffBooking'

/**
 * POST /api/ticketing/bookings/:reference/refund — admin and finance; 202, the webhook records
 * the outcome. Every call is a new refund; an `Idempotency-Key` makes a retry return the same
 * refund for 24 hours (the same key with another body → 422 IDEMPOTENCY_KEY_REUSED).
 */
export const refundEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings/:reference/refund', async (req) => {
    await requireAccess(req, config.access.canManageSales)
    const input = refundInput.parse(await readJsonBody(req, { allowEmpty: true }))
    const booking = await staffBooking(req)
    const gateway = config.getGateway()
    if (!gateway) throw new TicketingError(ERROR_CODES.PAYMENT_PROVIDER_UNAVAILABLE, 503, 'Payments are not configured.', {}, { 'Retry-After': '60' })
    const key = req.headers.get('idempotency-key')?.trim() || null
    if (key && key.length > 255) {
      throw new TicketingError(ERROR_CODES.VALIDATION, 400, 'The Idempotency-Key header is at most 255 characters.', { fields: { 'Idempotency-Key': ['Too long.'] } })
    }
    const { replayed, ...refund } = await refundBooking({ ...input, booking, gateway, idempotencyKey: key, req })
    return Response.json(refund, { headers: replayed ? { 'Idempotent-Replayed': 'true' } : {}, status: 202 })
  })
