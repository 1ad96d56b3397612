import type { Endpoint } from 'payload'

import { ping } from '../db/core/ping'
import { defineEndpoint } from './http/defineEndpoint'

/** GET /api/ticketing/health — 200 once Payload is up and PostgreSQL answers (used to warm the server). */
export const healthEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/health', async (req) => {
    await ping(req)
    return Response.json({ ok: true })
  })
