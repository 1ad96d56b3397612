import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../errors'
import { reconcilePayments } from '../operations/payments/reconcilePayments'
import type { SanitizedTicketingPluginConfig } from '../types'
import { defineEndpoint } from './http/defineEndpoint'
import { requireAccess } from './http/requireAccess'

/** POST /api/ticketing/admin/reconcile — admin; runs the reconciliation now and says what it repaired. */
export const reconcileEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/admin/reconcile', async (req) => {
    await requireAccess(req, config.access.isAdmin)
    const gateway = config.getGateway()
    if (!gateway) throw new TicketingError(ERROR_CODES.PAYMENT_PROVIDER_UNAVAILABLE, 503, 'Payments are not configured.', {}, { 'Retry-After': '60' })
    return Response.json(await reconcilePayments({ gateway, req }))
  })
