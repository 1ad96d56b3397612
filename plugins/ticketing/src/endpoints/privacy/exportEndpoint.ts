import type { Endpoint } from 'payload'

import { exportPersonalData } from '../../operations/privacy/exportPersonalData'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { exportPersonalDataQuery } from '../../validation/privacyInput'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'

/** GET /api/ticketing/privacy/export?email= — admin; everything held about the address, as a JSON download. */
export const exportEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/privacy/export', async (req) => {
    await requireAccess(req, config.access.isAdmin)
    const { email } = exportPersonalDataQuery.parse(Object.fromEntries(req.searchParams ?? []))
    const data = await exportPersonalData(req, email)
    return Response.json(data, { headers: { 'Content-Disposition': `attachment; filename="personal-data-${data.exportedAt.slice(0, 10)}.json"` } })
  })
