import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint } from 'payload'

import { query } from '../db/query'
import { defineEndpoint } from './http/defineEndpoint'

/** GET /api/ticketing/health — 200 once Payload is up and PostgreSQL answers (used to warm the server). */
export const healthEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/health', async (req) => {
    await query(req, sql`SELECT 1`)
    return Response.json({ ok: true })
  })
