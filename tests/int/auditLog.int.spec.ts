import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withTransaction } from '../../plugins/ticketing/src/db/core/withTransaction'
import { bookingAuditTrail } from '../../plugins/ticketing/src/operations/audit/bookingAuditTrail'
import { writeAuditEntry } from '../../plugins/ticketing/src/operations/audit/writeAuditEntry'
import { auditEntriesFor, auditEntriesOf, refuseWritesTo } from '../helpers/audit'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { paidBooking, sqlRows } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { startPayments } from '../helpers/stripeEmulator'
import { book } from '../helpers/ticketing'

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
type Staff = Awaited<ReturnType<typeof createStaff>>
let admin: Staff
let finance: Staff
let editor: Staff

const STAFF_IP = '198.51.100.23'
const fromDesk = { 'X-Forwarded-For': STAFF_IP }

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  admin = await createStaff(payload, ['admin'])
  finance = await createStaff(payload, ['finance'])
  editor = await createStaff(payload, ['editor'])
})

afterAll(async () => {
  await payments.close()
})

const execute = (statement: ReturnType<typeof sql>) => (payload.db as unknown as PostgresAdapter).drizzle.execute(statement)
const adminReq = () => createLocalReq({ user: { ...admin.user, collection: 'users' } as never }, payload)

/** A free event's booking: confirmed at once, with attendees. */
const confirmedBooking = async (quantity = 1) => {
  const event = await createEvent(payload, { regularPrice: 0 })
  const attendees = Array.from({ length: quantity }, (_, i) => ({ email: `guest${i}@example.com`, name: `Guest ${i}` }))
  const created = await book({ attendees, eventId: event.id, quantity })
  expect(created.body.status).toBe('CONFIRMED')
  const [row] = await sqlRows(payload, sql`SELECT id FROM bookings WHERE reference = ${created.body.reference}`)
  return { eventId: event.id as number, id: Number(row!.id), reference: created.body.reference as string }
}

describe('audit log: staff actions on money and personal data', () => {
  it('records a refund with the staff member, client IP, booking, target and what was refunded', async () => {
    const { booking, id } = await paidBooking(payload, payments.control)
    const refund = await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: { amount: 5000, reason: 'requested_by_customer' }, headers: fromDesk, token: finance.token })
    expect(refund.status).toBe(202)
    const [entry, ...more] = await auditEntriesOf(payload, id)
    expect(more).toEqual([])
    expect(entry).toMatchObject({ action: 'refund', booking_id: id, ip: STAFF_IP, target: `bookings:${id}`, user_id: finance.user.id })
    expect(entry!.details).toMatchObject({ amount: 5000, currency: 'EUR', reason: 'requested_by_customer', refundId: refund.body.refundId })
    expect(Date.now() - Date.parse(String(entry!.created_at))).toBeLessThan(600_000)
  })

  it('records a confirmation resent, and an event cancellation with the bookings it queued', async () => {
    const { eventId, id, reference } = await confirmedBooking()
    expect((await rest('POST', `/ticketing/bookings/${reference}/resend-confirmation`, { body: {}, headers: fromDesk, token: finance.token })).status).toBe(202)
    expect(await auditEntriesOf(payload, id)).toMatchObject([{ action: 'resend', details: { kind: 'confirmation' }, ip: STAFF_IP, user_id: finance.user.id }])
    expect((await rest('POST', `/ticketing/events/${eventId}/cancel`, { body: {}, headers: fromDesk, token: admin.token })).status).toBe(202)
    expect(await auditEntriesFor(payload, `city-events:${eventId}`)).toMatchObject([{ action: 'event.cancel', details: { bookingsQueued: 1, eventId }, user_id: admin.user.id }])
  })

  it('records edits of buyer data: which fields, their values before and after sealed, opened on the booking page for admins', async () => {
    const { id } = await confirmedBooking()
    const patch = (body: Record<string, unknown>) => rest('PATCH', `/bookings/${id}`, { body, headers: fromDesk, token: finance.token })
    expect((await patch({ buyer: { email: 'new.address@example.com', phone: '+33612345678' }, notes: 'Called back' })).status).toBe(200)
    const [entry] = await auditEntriesOf(payload, id)
    expect(entry).toMatchObject({ action: 'booking.update', ip: STAFF_IP, target: `bookings:${id}`, user_id: finance.user.id })
    expect(entry!.details).toMatchObject({ changes: expect.stringMatching(/^v1\./), fields: ['buyer.email', 'buyer.phone', 'notes'] })
    // The personal values never sit in clear in the log.
    expect(JSON.stringify(entry)).not.toMatch(/new\.address|33612345678|Called back/)
    const [trail] = await bookingAuditTrail(await adminReq(), id)
    expect(trail).toMatchObject({ action: 'booking.update', user: finance.user.email })
    expect(trail!.changes).toMatchObject({ 'buyer.email': { after: 'new.address@example.com', before: expect.stringMatching(/@example\.com$/) }, 'buyer.phone': { after: '+33612345678', before: null }, notes: { after: 'Called back', before: null } })
    // An edit that changes no personal field (same values) records nothing.
    expect((await patch({ notes: 'Called back' })).status).toBe(200)
    expect(await auditEntriesOf(payload, id)).toHaveLength(1)
  })

  it("records edits of an attendee's name and email on their booking", async () => {
    const { id } = await confirmedBooking(2)
    const [attendee] = await sqlRows(payload, sql`SELECT id FROM attendees WHERE booking_id = ${id} ORDER BY position DESC LIMIT 1`)
    expect((await rest('PATCH', `/attendees/${attendee!.id}`, { body: { name: 'Grace Hopper' }, token: finance.token })).status).toBe(200)
    expect(await auditEntriesOf(payload, id)).toMatchObject([{ action: 'attendee.update', details: { fields: ['name'] }, target: `attendees:${attendee!.id}` }])
    const [trail] = await bookingAuditTrail(await adminReq(), id)
    expect(trail!.changes).toEqual({ name: { after: 'Grace Hopper', before: 'Guest 1' } })
  })

  it('is written in the transaction of its action: an action that fails after its entry leaves neither, and an entry that cannot be written stops its action', async () => {
    const { id, reference } = await confirmedBooking()
    // The resend writes its entry, then queues the email: refusing the email's log row rolls the entry back too.
    const restoreEmails = await refuseWritesTo(payload, 'booking_emails', `NEW.booking_id = ${id}`)
    try {
      expect((await rest('POST', `/ticketing/bookings/${reference}/resend-confirmation`, { body: {}, token: finance.token })).status).toBe(500)
    } finally {
      await restoreEmails()
    }
    expect(await sqlRows(payload, sql`SELECT id FROM booking_emails WHERE booking_id = ${id}`)).toHaveLength(1)
    expect(await auditEntriesOf(payload, id)).toEqual([])
    // An edit whose entry PostgreSQL refuses is not saved either.
    const restoreLog = await refuseWritesTo(payload, 'audit_log', `NEW.booking_id = ${id}`)
    try {
      expect((await rest('PATCH', `/bookings/${id}`, { body: { buyer: { name: 'Never Saved' } }, token: finance.token })).status).toBeGreaterThanOrEqual(400)
    } finally {
      await restoreLog()
    }
    expect(await sqlRows(payload, sql`SELECT 1 FROM bookings WHERE id = ${id} AND buyer_name = 'Never Saved'`)).toEqual([])
    // And once its action commits, the entry is there.
    expect((await rest('POST', `/ticketing/bookings/${reference}/resend-confirmation`, { body: {}, token: finance.token })).status).toBe(202)
    expect(await auditEntriesOf(payload, id)).toMatchObject([{ action: 'resend' }])
  })

  it('refuses to write an entry outside a transaction (it could outlive a failed action)', async () => {
    await expect(writeAuditEntry(await adminReq(), { action: 'resend', target: 'bookings:0' })).rejects.toThrow(/inside the transaction/)
    const req = await adminReq()
    await withTransaction(req, () => writeAuditEntry(req, { action: 'resend', details: { test: 'inside' }, target: 'test:inside' }))
    expect(await auditEntriesFor(payload, 'test:inside')).toMatchObject([{ action: 'resend', user_id: admin.user.id }])
  })
})

describe('audit log: append-only, admins read', () => {
  it('PostgreSQL itself refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    const req = await adminReq()
    await withTransaction(req, () => writeAuditEntry(req, { action: 'resend', target: 'test:immutable' }))
    const refused = { cause: { code: '23001', message: expect.stringMatching(/append-only/) } }
    await expect(execute(sql`UPDATE audit_log SET ip = '0.0.0.0' WHERE target = 'test:immutable'`)).rejects.toMatchObject(refused)
    await expect(execute(sql`DELETE FROM audit_log WHERE target = 'test:immutable'`)).rejects.toMatchObject(refused)
    // CASCADE, or PostgreSQL stops first at the tables that reference it (Payload's document locks).
    await expect(execute(sql`TRUNCATE audit_log CASCADE`)).rejects.toMatchObject(refused)
    expect(await auditEntriesFor(payload, 'test:immutable')).toHaveLength(1)
  })

  it('nobody creates, edits or deletes an entry through the Local API either, even with full access', async () => {
    const [entry] = await auditEntriesFor(payload, 'test:immutable')
    await expect(payload.create({ collection: 'audit-log', data: { action: 'refund', target: 'x' } as never })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'audit-log', data: { ip: '0.0.0.0' } as never, id: entry!.id as number })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'audit-log', id: entry!.id as number })).rejects.toMatchObject({ status: 403 })
    expect(await auditEntriesFor(payload, 'test:immutable')).toMatchObject([{ ip: null }])
  })

  it('a staff member the log names cannot be deleted (409 with the reason); one it does not name can', async () => {
    const named = await createStaff(payload, ['finance'])
    const req = await createLocalReq({ user: { ...named.user, collection: 'users' } as never }, payload)
    await withTransaction(req, () => writeAuditEntry(req, { action: 'resend', target: 'test:named' }))
    const refused = await rest('DELETE', `/users/${named.user.id}`, { token: admin.token })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toMatch(/remove their roles instead/)
    expect(await auditEntriesFor(payload, 'test:named')).toMatchObject([{ user_id: named.user.id }])
    expect((await rest('DELETE', `/users/${(await createStaff(payload, ['finance'])).user.id}`, { token: admin.token })).status).toBe(200)
  })

  it("a booking's page finds its entries through indexes, the erasures that covered it included (no scan of the whole log)", async () => {
    await execute(
      sql`INSERT INTO audit_log (action, details, created_at, updated_at)
          SELECT 'privacy.retention', jsonb_build_object('bookingIds', jsonb_build_array(g, g + 1)), now(), now() FROM generate_series(1000000, 1002000) g`,
    )
    const bookingId = 1_001_000
    const where = sql`booking_id = ${bookingId} OR details -> 'bookingIds' @> to_jsonb(${bookingId}::int)`
    // The planner prefers a scan on a small log; forbidding it shows the indexes can answer (they do on a large one).
    const plan = await (payload.db as unknown as PostgresAdapter).drizzle.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`)
      return JSON.stringify((await tx.execute(sql`EXPLAIN (FORMAT JSON) SELECT id FROM audit_log WHERE ${where}`)).rows)
    })
    expect(plan).not.toContain('Seq Scan')
    expect(plan).toContain('audit_log_booking_ids_idx')
    expect(plan).toContain('audit_log_booking_idx')
    expect(await sqlRows(payload, sql`SELECT count(*)::int AS n FROM audit_log WHERE ${where}`)).toEqual([{ n: 2 }])
  })

  it('admins list entries filtered by staff member, action and date; finance and editors cannot read them', async () => {
    const since = new Date(Date.now() - 60_000).toISOString()
    const query = `where[user][equals]=${finance.user.id}&where[action][equals]=refund&where[createdAt][greater_than_equal]=${encodeURIComponent(since)}`
    const listed = await rest('GET', `/audit-log?${query}`, { token: admin.token })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.length).toBeGreaterThanOrEqual(1)
    expect(listed.body.docs.every((doc: { action: string; user: { id: number } }) => doc.action === 'refund' && doc.user.id === finance.user.id)).toBe(true)
    const future = await rest('GET', `/audit-log?where[createdAt][greater_than]=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, { token: admin.token })
    expect(future.body.docs).toEqual([])
    expect((await rest('GET', '/audit-log', { token: finance.token })).status).toBe(403)
    expect((await rest('GET', '/audit-log', { token: editor.token })).status).toBe(403)
    expect((await rest('GET', '/audit-log')).status).toBe(403)
  })
})
