import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { emailHash } from '../../plugins/ticketing/src/security/emailHash'
import { auditEntriesFor } from '../helpers/audit'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { person } from '../helpers/privacy'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

let payload: Payload
type Staff = Awaited<ReturnType<typeof createStaff>>
let admin: Staff
let finance: Staff

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createStaff(payload, ['admin'])
  finance = await createStaff(payload, ['finance'])
})

const exportOf = (email: string, token = admin.token) => rest('GET', `/ticketing/privacy/export?email=${encodeURIComponent(email)}`, { headers: { 'X-Forwarded-For': '198.51.100.41' }, token })

describe('GET /api/ticketing/privacy/export', () => {
  it('gives admins everything held about an address: its bookings (attendees, payments, emails) and its seats in other bookings', async () => {
    const p = person()
    const event = await createEvent(payload, { regularPrice: 0, title: 'Export city' })
    const own = await book({ attendees: [{ email: p.email, name: p.name }, { name: 'Their Friend' }], buyer: p, eventId: event.id, quantity: 2 })
    const guest = await book({ attendees: [{ name: 'Someone Else' }, { email: p.email.toUpperCase(), name: p.name }], eventId: event.id, quantity: 2 })
    await book({ eventId: event.id })
    const exported = await exportOf(p.email.toLowerCase())
    expect(exported.status).toBe(200)
    expect(exported.headers.get('Content-Disposition')).toMatch(/^attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.json"$/)
    expect(exported.body).toMatchObject({ email: p.email.toLowerCase(), exportedAt: expect.any(String), waitlistEntries: [] })
    expect(exported.body.bookings).toHaveLength(1)
    const [booking] = exported.body.bookings
    expect(booking).toMatchObject({
      attendees: [
        { email: p.email, name: p.name, position: 1 },
        { email: null, name: 'Their Friend', position: 2 },
      ],
      buyer: { email: p.email, name: p.name, phone: p.phone },
      emails: [{ kind: 'confirmation', status: 'QUEUED' }],
      event: { id: event.id, title: 'Export city' },
      payments: [],
      reference: own.body.reference,
      status: 'CONFIRMED',
      total: 0,
    })
    expect(booking).not.toHaveProperty('accessTokenHash')
    expect(exported.body.attendees).toEqual([expect.objectContaining({ bookingReference: guest.body.reference, email: p.email.toUpperCase(), name: p.name, position: 2 })])
    // Recorded, with the address as a keyed hash only.
    const [entry] = await auditEntriesFor(payload, `email:${emailHash(payload.secret, p.email).slice(0, 16)}`)
    expect(entry).toMatchObject({ action: 'privacy.export', details: { attendees: 1, bookings: 1, waitlistEntries: 0 }, ip: '198.51.100.41', user_id: admin.user.id })
    expect(JSON.stringify(entry)).not.toMatch(/zoe\.private/i)
  })

  it('is for admins only and needs a valid address', async () => {
    expect((await exportOf('a@b.fr', '')).status).toBe(401)
    expect((await exportOf('a@b.fr', finance.token)).status).toBe(403)
    for (const query of ['', '?email=nope', '?email=a%40b.fr&extra=1']) {
      const refused = await rest('GET', `/ticketing/privacy/export${query}`, { token: admin.token })
      expect(refused.status).toBe(400)
      expect(refused.body.error.code).toBe('VALIDATION')
    }
    expect(await sqlRows(payload, sql`SELECT 1 FROM audit_log WHERE action = 'privacy.export' AND details->>'emailHash' = ${emailHash(payload.secret, 'a@b.fr')}`)).toEqual([])
  })

  it('answers hostile addresses with a 4xx and an error code on both privacy endpoints, never a 5xx', async () => {
    const hostile = ['\u0000@x.fr', 'a\u0000b@x.fr', `${'a'.repeat(300)}@x.fr`, "x'; DROP TABLE bookings; --@x.fr", '%00', '😀@😀.fr', ['a@b.fr'], { $ne: null }, null, 12]
    for (const email of hostile) {
      const erase = await rest('POST', '/ticketing/privacy/erase', { body: { email }, token: admin.token })
      expect([erase.status, typeof erase.body.error?.code]).toEqual([400, 'string'])
      if (typeof email !== 'string') continue
      const exported = await rest('GET', `/ticketing/privacy/export?email=${encodeURIComponent(email)}`, { token: admin.token })
      expect([exported.status, typeof exported.body.error?.code]).toEqual([400, 'string'])
    }
  })
})
