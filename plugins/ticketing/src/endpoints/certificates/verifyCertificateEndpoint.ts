import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { verifyCertificate } from '../../operations/certificates/verifyCertificate'
import { defineEndpoint } from '../http/defineEndpoint'

/**
 * GET /api/ticketing/certificates/:number?c=<code> — public: `{number, attendeeName, eventTitle,
 * city, startsAt, endsAt, hours, issuedAt, status: VALID | REVOKED}`; 404 for any other number
 * or code, saying nothing more.
 */
export const verifyCertificateEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/certificates/:number', async (req) => {
    const found = await verifyCertificate(req, String(req.routeParams?.number ?? ''), req.searchParams.get('c') ?? '')
    if (!found) throw new TicketingError(ERROR_CODES.CERTIFICATE_NOT_FOUND, 404, 'No certificate has this number and code.')
    return Response.json(found)
  })
