import config from '../helpers/testPayloadConfig'
import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'
import { randomUUID } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withTransaction } from '../../plugins/ticketing/src/db/core/withTransaction'
import { writeAuditEntry } from '../../plugins/ticketing/src/operations/audit/writeAuditEntry'
import { findBookingById } from '../../plugins/ticketing/src/db/bookings/findBookingById'
import { issueInvoice } from '../../plugins/ticketing/src/operations/invoices/issueInvoice'
import { createEvent, createSeller, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { paidBooking, sqlRows } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { startPayments } from '../helpers/stripeEmulator'
import { bearer, book } from '../helpers/ticketing'

// Who may do what, in one place: every collection × operation × role, and every ticketing
// endpoint × role, each cell an expected HTTP status of a real request through the site's REST
// handlers. 2xx = allowed; 401/403 = refused; 404 = the caller may not see that document; a
// 409 on a staff endpoint means access passed and the booking's state refused the action.

type Staff = 'admin' | 'checkin' | 'editor' | 'finance'
type Role = 'anonymous' | Staff
// Door staff (checkin) last: they scan tickets and look attendees up, and nothing else.
const ROLES: Role[] = ['anonymous', 'editor', 'finance', 'admin', 'checkin']

//                                          anonymous  editor  finance  admin  checkin
const COLLECTIONS: Record<string, Record<'create' | 'delete' | 'read' | 'readDraft' | 'update', [number, number, number, number, number]>> = {
  'users':            { create: [403, 403, 403, 201, 403], read: [403, 404, 404, 200, 404], readDraft: [403, 404, 404, 200, 404], update: [403, 403, 403, 200, 403], delete: [403, 403, 403, 200, 403] },
  'media':            { create: [403, 201, 403, 201, 403], read: [200, 200, 200, 200, 200], readDraft: [200, 200, 200, 200, 200], update: [403, 200, 403, 200, 403], delete: [403, 200, 403, 200, 403] },
  'pages':            { create: [403, 201, 403, 201, 403], read: [200, 200, 200, 200, 200], readDraft: [404, 200, 200, 200, 404], update: [403, 200, 403, 200, 403], delete: [403, 200, 403, 200, 403] },
  'speakers':         { create: [403, 201, 403, 201, 403], read: [200, 200, 200, 200, 200], readDraft: [200, 200, 200, 200, 200], update: [403, 200, 403, 200, 403], delete: [403, 200, 403, 200, 403] },
  'faqs':             { create: [403, 201, 403, 201, 403], read: [200, 200, 200, 200, 200], readDraft: [200, 200, 200, 200, 200], update: [403, 200, 403, 200, 403], delete: [403, 200, 403, 200, 403] },
  'city-events':      { create: [403, 201, 403, 201, 403], read: [200, 200, 200, 200, 200], readDraft: [404, 200, 200, 200, 404], update: [403, 200, 403, 200, 403], delete: [403, 403, 403, 200, 403] },
  'bookings':         { create: [403, 403, 201, 201, 403], read: [403, 200, 200, 200, 403], readDraft: [403, 200, 200, 200, 403], update: [403, 403, 200, 200, 403], delete: [403, 403, 403, 403, 403] },
  'attendees':        { create: [403, 403, 403, 403, 403], read: [403, 200, 200, 200, 403], readDraft: [403, 200, 200, 200, 403], update: [403, 403, 200, 200, 403], delete: [403, 403, 403, 403, 403] },
  'check-ins':        { create: [403, 403, 403, 403, 403], read: [403, 403, 200, 200, 200], readDraft: [403, 403, 200, 200, 200], update: [403, 403, 403, 403, 403], delete: [403, 403, 403, 403, 403] },
  'booking-emails':   { create: [403, 403, 403, 403, 403], read: [403, 403, 200, 200, 403], readDraft: [403, 403, 200, 200, 403], update: [403, 403, 403, 403, 403], delete: [403, 403, 403, 403, 403] },
  'booking-payments': { create: [403, 403, 403, 403, 403], read: [403, 403, 200, 200, 403], readDraft: [403, 403, 200, 200, 403], update: [403, 403, 403, 403, 403], delete: [403, 403, 403, 403, 403] },
  'stripe-events':    { create: [403, 403, 403, 403, 403], read: [403, 403, 403, 200, 403], readDraft: [403, 403, 403, 200, 403], update: [403, 403, 403, 403, 403], delete: [403, 403, 403, 403, 403] },
  'audit-log':        { create: [403, 403, 403, 403, 403], read: [403, 403, 403, 200, 403], readDraft: [403, 403, 403, 200, 403], update: [403, 403, 403, 403, 403], delete: [403, 403, 403, 403, 403] },
  'waitlist-entries': { create: [403, 403, 403, 403, 403], read: [403, 403, 200, 200, 403], readDraft: [403, 403, 200, 200, 403], update: [403, 403, 403, 403, 403], delete: [403, 403, 403, 200, 403] },
  'promo-codes':      { create: [403, 403, 201, 201, 403], read: [403, 403, 200, 200, 403], readDraft: [403, 403, 200, 200, 403], update: [403, 403, 200, 200, 403], delete: [403, 403, 200, 200, 403] },
  'sellers':          { create: [403, 403, 201, 201, 403], read: [403, 200, 200, 200, 403], readDraft: [403, 200, 200, 200, 403], update: [403, 403, 200, 200, 403], delete: [403, 403, 403, 200, 403] },
  'invoices':         { create: [403, 403, 403, 403, 403], read: [403, 403, 200, 200, 403], readDraft: [403, 403, 200, 200, 403], update: [403, 403, 403, 403, 403], delete: [403, 403, 403, 403, 403] },
  'certificates':     { create: [403, 403, 403, 403, 403], read: [403, 200, 200, 200, 403], readDraft: [403, 200, 200, 200, 403], update: [403, 403, 403, 403, 403], delete: [403, 403, 403, 403, 403] },
}

// Payload's own bookkeeping collections, guarded by Payload itself.
const PAYLOAD_INTERNAL = ['payload-jobs', 'payload-kv', 'payload-locked-documents', 'payload-migrations', 'payload-preferences']

//                                                      anonymous buyer editor finance admin checkin
const ENDPOINTS: Array<[string, string, (ctx: Ctx) => string, [number, number, number, number, number, number], unknown?]> = [
  ['GET', 'events list', () => '/ticketing/events', [200, 200, 200, 200, 200, 200]],
  ['GET', 'quote', (c) => `/ticketing/events/${c.slug}/quote?quantity=1`, [200, 200, 200, 200, 200, 200]],
  ['GET', 'captcha', () => '/ticketing/captcha', [200, 200, 200, 200, 200, 200]],
  ['GET', 'health', () => '/ticketing/health', [200, 200, 200, 200, 200, 200]],
  ['GET', 'booking view', (c) => `/ticketing/bookings/${c.reference}`, [404, 200, 404, 404, 404, 404]],
  ['POST', 'payment intent', (c) => `/ticketing/bookings/${c.reference}/payment-intent`, [404, 200, 404, 404, 404, 404], {}],
  ['POST', 'cancel', (c) => `/ticketing/bookings/${c.reference}/cancel`, [404, 200, 404, 200, 200, 404], {}],
  ['POST', 'refund', (c) => `/ticketing/bookings/${c.reference}/refund`, [401, 401, 403, 409, 409, 403], {}],
  ['POST', 'resend confirmation', (c) => `/ticketing/bookings/${c.reference}/resend-confirmation`, [401, 401, 403, 409, 409, 403], {}],
  ['GET', 'CSV export', () => '/ticketing/exports/bookings.csv', [401, 401, 403, 200, 200, 403]],
  ['GET', 'invoices CSV export', () => '/ticketing/exports/invoices.csv', [401, 401, 403, 200, 200, 403]],
  ['GET', 'booking documents', (c) => `/ticketing/bookings/${c.reference}/documents`, [404, 200, 404, 404, 404, 404]],
  ['PUT', 'invoice details', (c) => `/ticketing/bookings/${c.reference}/invoice-details`, [404, 200, 404, 404, 404, 404], { invoice: null }],
  ['POST', 'reissue an invoice', () => '/ticketing/invoices/FA2099-99999/reissue', [401, 401, 403, 404, 404, 403], { invoice: null }],
  ['GET', 'stats', () => '/ticketing/stats', [401, 401, 200, 200, 200, 403]],
  ['POST', 'reconcile', () => '/ticketing/admin/reconcile', [401, 401, 403, 403, 200, 403], {}],
  ['POST', 'webhook without a signature', () => '/ticketing/stripe/webhook', [400, 400, 400, 400, 400, 400], {}],
  ['POST', 'erase personal data', () => `/ticketing/privacy/erase`, [401, 401, 403, 403, 200, 403], { email: 'nobody-here@example.com' }],
  ['GET', 'export personal data', () => `/ticketing/privacy/export?email=nobody-here%40example.com`, [401, 401, 403, 403, 200, 403]],
  ['POST', 'check in', () => '/ticketing/check-ins', [401, 401, 403, 403, 404, 404], { code: 'NO-SUCH-TICKET', eventId: 'no-such-event-at-all' }],
  ['GET', 'event attendees', (c) => `/ticketing/events/${c.slug}/attendees`, [401, 401, 403, 403, 200, 200]],
  ['DELETE', 'undo a check-in', () => '/ticketing/check-ins/2147483000', [401, 401, 403, 403, 404, 403]],
  ['GET', 'event cancellation progress', (c) => `/ticketing/events/${c.slug}/cancellation`, [401, 401, 403, 403, 200, 403]],
  // Last: the admin's call cancels the event these rows book on.
  ['POST', 'cancel event and refund everyone', (c) => `/ticketing/events/${c.slug}/cancel`, [401, 401, 403, 403, 202, 403], {}],
]

type Ctx = { reference: string; slug: string }

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
const tokens: Record<Role, string | undefined> = { admin: undefined, anonymous: undefined, checkin: undefined, editor: undefined, finance: undefined }
let eventId: number

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
const unique = () => randomUUID().slice(0, 8)

/** A document to act on, made with full access. */
const makeDoc = async (slug: string, variant: 'draft' | 'published' = 'published'): Promise<number> => {
  const data: Record<string, Record<string, unknown>> = {
    'attendees': {},
    'booking-emails': { kind: 'confirmation', status: 'QUEUED' },
    'booking-payments': { amount: 100, currency: 'EUR', kind: 'PAYMENT', status: 'succeeded', stripeObjectId: `pi_matrix_${unique()}` },
    'bookings': {},
    'faqs': { answer: 'Yes.', question: 'Is there a break?' },
    'pages': { _status: variant, slug: `page-${unique()}`, title: 'A page' },
    'speakers': { name: 'A speaker' },
    'promo-codes': { code: `M-${unique()}`, kind: 'PERCENT', percent: 10 },
    'stripe-events': { eventId: `evt_matrix_${unique()}`, outcome: 'PROCESSED', receivedAt: new Date().toISOString(), type: 'payment_intent.succeeded' },
    'users': { email: `user-${unique()}@test.local`, password: `pw-${randomUUID()}`, roles: ['editor'] },
  }
  if (slug === 'audit-log') {
    // Entries come only from the actions they record, in their transaction.
    const req = await createLocalReq({}, payload)
    return withTransaction(req, () => writeAuditEntry(req, { action: 'resend', target: `test:${unique()}` }))
  }
  if (slug === 'check-ins') {
    // Check-ins come only from scans at the door: one made in SQL for an attendee.
    const attendee = await payload.findByID({ collection: 'attendees', id: await makeDoc('attendees') })
    const bookingId = typeof attendee.booking === 'object' ? attendee.booking.id : attendee.booking
    const [row] = await sqlRows(payload, sql`INSERT INTO check_ins (attendee_id, city_event_id, booking_id, day, checked_in_at) VALUES (${attendee.id}, ${eventId}, ${bookingId}, '2030-01-01', now()) RETURNING id`)
    return Number(row!.id)
  }
  if (slug === 'waitlist-entries') {
    // Entries come from the join endpoint, which counts their seats; a past entry (LEFT) counts none.
    const entry = await payload.create({ collection: 'waitlist-entries', data: { cityEvent: eventId, email: `w-${unique()}@example.com`, name: 'Waiting', quantity: 1, status: 'LEFT' } as never })
    return entry.id as number
  }
  if (slug === 'certificates') {
    // Certificates come only from the issuing job or an admin's action: one written in SQL for an attendee.
    const attendee = await payload.findByID({ collection: 'attendees', id: await makeDoc('attendees') })
    const bookingId = typeof attendee.booking === 'object' ? attendee.booking.id : attendee.booking
    const [row] = await sqlRows(payload, sql`INSERT INTO certificates (number, series_key, year, sequence, attendee_id, booking_id, city_event_id, issued_at, verification_code, frozen)
      VALUES (${`AT-MATRIX-${unique()}`}, ${`matrix-${unique()}`}, 2030, 1, ${attendee.id}, ${bookingId}, ${eventId}, now(), ${unique()}, '{}'::jsonb) RETURNING id`)
    return Number(row!.id)
  }
  if (slug === 'sellers') return (await createSeller(payload)).id as number
  if (slug === 'invoices') {
    // Invoices come only from a paid booking, issued in the payment's transaction.
    const req = await createLocalReq({}, payload)
    const booking = await findBookingById(req, await makeDoc('bookings'))
    return withTransaction(req, async () => (await issueInvoice(req, booking!, { paidAt: new Date().toISOString(), source: `pi_matrix_${unique()}` }))!.id)
  }
  if (slug === 'city-events') return (await createEvent(payload, variant === 'draft' ? { status: 'DRAFT' } : {})).id
  if (slug === 'media') return ((await payload.create({ collection: "media", data: { alt: "dot" }, file: { data: png, mimetype: "image/png", name: `dot-${unique()}.png`, size: png.length } } as never)) as { id: number }).id
  if (slug === 'bookings' || slug === 'attendees') {
    const booking = await payload.create({ collection: 'bookings', data: { buyer: { email: 'grace@example.com', name: 'Grace Hopper' }, cityEvent: eventId, quantity: 1 } as never })
    if (slug === 'bookings') return booking.id as number
    const attendees = await payload.find({ collection: 'attendees', where: { booking: { equals: booking.id } } })
    return attendees.docs[0]!.id as number
  }
  if (slug === 'booking-payments' || slug === 'booking-emails') data[slug]!.booking = await makeDoc('bookings')
  return ((await payload.create({ collection: slug as never, data: data[slug] as never, draft: variant === 'draft' })) as { id: number }).id as number
}

/** The body of a valid create, and of a harmless update, per collection. */
const createBody = (slug: string): Record<string, unknown> =>
  ({
    'attendees': { name: 'Ada', position: 1 },
    'booking-emails': { kind: 'refund', status: 'SENT' },
    'check-ins': { day: '2030-01-02' },
    'booking-payments': { amount: 1, currency: 'EUR', kind: 'PAYMENT', status: 'succeeded', stripeObjectId: `pi_x_${unique()}` },
    'bookings': { buyer: { email: 'ada@example.com', name: 'Ada Lovelace' }, cityEvent: eventId, quantity: 1 },
    'city-events': { capacity: 10, city: 'Lille', country: 'FR', currency: 'EUR', regularPrice: 1000, slug: `lille-${unique()}`, startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), status: 'DRAFT', timezone: 'Europe/Paris', title: 'Lille' },
    'faqs': { answer: 'Yes.', question: 'Parking?' },
    'pages': { slug: `new-${unique()}`, title: 'New page' },
    'speakers': { name: 'New speaker' },
    'stripe-events': { eventId: `evt_x_${unique()}`, type: 'charge.refunded' },
    'audit-log': { action: 'refund', target: 'bookings:1' },
    'promo-codes': { code: `N-${unique()}`, kind: 'PERCENT', percent: 5 },
    'waitlist-entries': { cityEvent: eventId, email: 'w@example.com', name: 'Waiting', quantity: 1 },
    'sellers': { address: { city: 'Lille', country: 'FR', line1: '1 rue Nationale', postalCode: '59000' }, certificatePrefix: `T${unique().toUpperCase()}`, creditNotePrefix: `A${unique().toUpperCase()}`, invoicePrefix: `F${unique().toUpperCase()}`, name: 'New seller', taxes: [{ name: 'TVA', ratePercent: '20' }] },
    'invoices': { number: 'FA2099-00001' },
    'certificates': { number: 'AT-2099-00001' },
    'users': { email: `new-${unique()}@test.local`, password: `pw-${randomUUID()}`, roles: ['editor'] },
  })[slug]!

const updateBody = (slug: string): Record<string, unknown> =>
  ({ 'attendees': { name: 'Renamed' }, 'check-ins': { day: '2030-01-03' }, 'booking-emails': { status: 'SENT' }, 'booking-payments': { status: 'failed' }, 'bookings': { notes: 'called back' }, 'city-events': { title: 'Renamed' }, 'faqs': { question: 'Renamed?' }, 'media': { alt: 'renamed' }, 'pages': { title: 'Renamed' }, 'speakers': { name: 'Renamed' }, 'stripe-events': { error: 'x' }, 'audit-log': { ip: '0.0.0.0' }, 'promo-codes': { active: false }, 'sellers': { name: 'Renamed' }, 'invoices': { buyerName: 'Renamed' }, 'certificates': { status: 'REVOKED' }, 'waitlist-entries': { name: 'Renamed' }, 'users': { name: 'Renamed' } })[slug]!

/** POST /api/media as multipart, the way the admin uploads a file. */
const uploadMedia = async (token?: string): Promise<number> => {
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), `up-${unique()}.png`)
  form.append('_payload', JSON.stringify({ alt: 'uploaded' }))
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await REST_POST(config)(new Request('http://localhost:3000/api/media', { body: form, headers, method: 'POST' }), { params: Promise.resolve({ slug: ['media'] }) })
  return response.status
}

const statusOf = async (slug: string, operation: keyof (typeof COLLECTIONS)[string], role: Role): Promise<number> => {
  const token = tokens[role]
  switch (operation) {
    case 'create':
      return slug === 'media' ? uploadMedia(token) : (await rest('POST', `/${slug}`, { body: createBody(slug), token })).status
    case 'read':
      return (await rest('GET', `/${slug}/${await makeDoc(slug)}`, { token })).status
    case 'readDraft':
      return (await rest('GET', `/${slug}/${await makeDoc(slug, 'draft')}`, { token })).status
    case 'update':
      return (await rest('PATCH', `/${slug}/${await makeDoc(slug)}`, { body: updateBody(slug), token })).status
    case 'delete':
      return (await rest('DELETE', `/${slug}/${await makeDoc(slug)}`, { token })).status
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  for (const role of ['editor', 'finance', 'admin', 'checkin'] as const) tokens[role] = (await createStaff(payload, [role])).token
  eventId = (await createEvent(payload, { capacity: 500 })).id
})

afterAll(async () => {
  // The admin's "cancel event" row queued a job per booking of the event: run them here, so the
  // files after this one find the shared cancellation queue empty.
  for (let pass = 0; pass < 10; pass++) {
    const result = (await payload.jobs.run({ limit: 100, queue: 'ticketing-cancellations' })) as { noJobsRemaining?: boolean }
    if (result?.noJobsRemaining) break
  }
  await payments?.close()
})

describe('access matrix', () => {
  it('covers every collection of the site and the plugin', () => {
    const slugs = payload.config.collections.map((c) => c.slug).filter((slug) => !PAYLOAD_INTERNAL.includes(slug))
    expect(slugs.sort()).toEqual(Object.keys(COLLECTIONS).sort())
  })

  for (const [slug, operations] of Object.entries(COLLECTIONS)) {
    it(`${slug}: create, read, read a draft, update and delete per role`, async () => {
      const actual: Record<string, number[]> = {}
      for (const operation of Object.keys(operations) as Array<keyof typeof operations>) {
        actual[operation] = []
        for (const role of ROLES) actual[operation].push(await statusOf(slug, operation, role))
      }
      expect(actual).toEqual(operations)
    })
  }

  it('every ticketing endpoint, per role (anonymous, the buyer with the access token, editor, finance, admin, door staff)', async () => {
    const event = await createEvent(payload, { capacity: 500 })
    const actual: Record<string, number[]> = {}
    const expected: Record<string, number[]> = {}
    for (const [method, name, path, statuses, body] of ENDPOINTS) {
      expected[name] = statuses
      actual[name] = []
      for (const role of ['anonymous', 'buyer', 'editor', 'finance', 'admin', 'checkin'] as const) {
        const created = await book({ eventId: event.id })
        const ctx = { reference: created.body.reference as string, slug: event.slug as string }
        const headers = role === 'buyer' ? bearer(created.body.accessToken) : {}
        const token = role === 'buyer' || role === 'anonymous' ? undefined : tokens[role]
        const res = await rest(method as 'DELETE' | 'GET' | 'POST' | 'PUT', path(ctx), { body, headers: { ...headers, 'X-Forwarded-For': `10.77.0.${actual[name].length + 1}` }, token })
        actual[name].push(res.status)
      }
    }
    expect(actual).toEqual(expected)
  })
})

/** POST /api/graphql as the given staff member. */
const graphql = async (query: string, token?: string) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await GRAPHQL_POST(config)(new Request('http://localhost:3000/api/graphql', { body: JSON.stringify({ query }), headers, method: 'POST' }))
  return (await response.json()) as { data?: any; errors?: unknown[] }
}

describe("buyers' contact data and ticket codes (least privilege)", () => {
  it('editors read bookings and attendees without emails, phones or ticket codes, over REST and GraphQL; finance and admins see them', async () => {
    const { id } = await paidBooking(payload, payments.control)
    await payload.update({ collection: 'bookings', data: { buyer: { phone: '+33612345678' } } as never, id })
    const view = async (role: Staff) => {
      const booking = (await rest('GET', `/bookings/${id}`, { token: tokens[role] })).body
      const attendees = (await rest('GET', `/attendees?where[booking][equals]=${id}`, { token: tokens[role] })).body.docs
      const gql = await graphql(`{ Booking(id: ${id}) { buyer { name email phone } } Attendees(where: { booking: { equals: ${id} } }) { docs { name email ticketCode } } }`, tokens[role])
      return {
        graphql: { attendees: gql.data.Attendees.docs, buyer: gql.data.Booking.buyer },
        rest: { attendees: attendees.map((a: any) => ({ email: a.email, name: a.name, ticketCode: a.ticketCode })), buyer: booking.buyer },
      }
    }
    const editor = await view('editor')
    expect(editor.rest.buyer).toEqual({ name: expect.any(String) })
    expect(editor.rest.attendees).toEqual([{ email: undefined, name: expect.any(String), ticketCode: undefined }])
    expect(editor.graphql.buyer).toEqual({ email: null, name: expect.any(String), phone: null })
    expect(editor.graphql.attendees).toEqual([{ email: null, name: expect.any(String), ticketCode: null }])
    for (const role of ['finance', 'admin'] as const) {
      const seen = await view(role)
      expect(seen.rest.buyer).toEqual({ email: expect.stringContaining('@'), name: expect.any(String), phone: '+33612345678' })
      expect(seen.rest.attendees).toEqual([{ email: expect.stringContaining('@'), name: expect.any(String), ticketCode: expect.any(String) }])
      expect(seen.graphql.attendees[0].ticketCode).toEqual(expect.any(String))
    }
  })

  it('editors cannot find a booking or a ticket by the buyer\'s email or a ticket code', async () => {
    const { id } = await paidBooking(payload, payments.control)
    const booking = await payload.findByID({ collection: 'bookings', id })
    const [attendee] = (await payload.find({ collection: 'attendees', where: { booking: { equals: id } } })).docs
    const probes = [
      `/bookings?where[buyer.email][equals]=${encodeURIComponent((booking as any).buyer.email)}`,
      `/attendees?where[ticketCode][equals]=${encodeURIComponent((attendee as any).ticketCode)}`,
      `/attendees?where[email][equals]=${encodeURIComponent((attendee as any).email)}`,
    ]
    for (const probe of probes) {
      const res = await rest('GET', probe, { token: tokens.editor })
      expect(res.status === 200 ? res.body.docs.length : 0, probe).toBe(0)
      expect((await rest('GET', probe, { token: tokens.finance })).body.docs, probe).toHaveLength(1)
    }
  })
})
