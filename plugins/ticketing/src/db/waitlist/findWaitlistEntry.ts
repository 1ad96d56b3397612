import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type WaitlistEntry = {
  acceptPartial: boolean
  email: string
  eventId: number
  id: number
  locale: string
  name: string
  offerExpiresAt: null | string
  offeredAt: null | string
  offeredQuantity: null | number
  quantity: number
  status: 'BOOKED' | 'EXPIRED' | 'LEFT' | 'OFFERED' | 'WAITING'
  tokenNonce: null | string
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/** One entry by id, as the waiting-list operations read it; null when unknown. */
export const findWaitlistEntry = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, id: number): Promise<null | WaitlistEntry> => {
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM waitlist_entries WHERE id = ${id}`)
  if (!row) return null
  return {
    acceptPartial: Boolean(row.accept_partial),
    email: String(row.email),
    eventId: Number(row.city_event_id),
    id: Number(row.id),
    locale: String(row.locale ?? 'fr'),
    name: String(row.name),
    offerExpiresAt: iso(row.offer_expires_at),
    offeredAt: iso(row.offered_at),
    offeredQuantity: row.offered_quantity === null ? null : Number(row.offered_quantity),
    quantity: Number(row.quantity),
    status: row.status as WaitlistEntry['status'],
    tokenNonce: (row.token_nonce as null | string) ?? null,
  }
}
