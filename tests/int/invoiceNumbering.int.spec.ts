import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type BookingRecord, findBookingByReference } from '../../plugins/ticketing/src/db/bookings/findBookingByReference'
import { withTransaction } from '../../plugins/ticketing/src/db/core/withTransaction'
import { settlePaymentIntent } from '../../plugins/ticketing/src/operations/payments/settlePaymentIntent'
import type { PaymentIntentState } from '../../plugins/ticketing/src/payments/types'
import { createEvent, createSeller } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { book } from '../helpers/ticketing'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const succeeded = (bookingId: number, total: number): PaymentIntentState => ({
  id: `pi_numbering_${randomUUID().replaceAll('-', '')}`,
  amount: total,
  amountReceived: total,
  clientSecret: null,
  created: Math.floor(Date.now() / 1000),
  currency: 'EUR',
  lastPaymentError: null,
  metadata: { bookingId: String(bookingId) },
  status: 'succeeded',
})

const BOOKINGS = 200

describe('invoice numbers', () => {
  it(`are 1..N without gap or duplicate when ${BOOKINGS} payments are confirmed at once and some transactions roll back`, async () => {
    const seller = await createSeller(payload, { creditNotePrefix: `C${randomUUID().slice(0, 4).toUpperCase()}`, invoicePrefix: `N${randomUUID().slice(0, 4).toUpperCase()}` })
    const event = await createEvent(payload, { capacity: BOOKINGS, seller: seller.id })
    const bookings: BookingRecord[] = []
    for (let i = 0; i < BOOKINGS; i += 1) {
      const created = await book({ eventId: event.id })
      expect(created.status).toBe(201)
      const stored = await findBookingByReference(await createLocalReq({}, payload), created.body.reference)
      bookings.push(stored!)
    }
    // Every webhook's transaction at once; one in five fails after its invoice was inserted
    // (as a crash or a lost connection before the commit would), and Stripe retries it.
    const confirm = (index: number, failing: boolean) => async () => {
      const req = await createLocalReq({}, payload)
      const booking = bookings[index]
      return withTransaction(req, async () => {
        await settlePaymentIntent(req, succeeded(booking.id, booking.total))
        if (failing) throw new Error('forced rollback')
      })
    }
    const first = await Promise.allSettled(bookings.map((_, index) => confirm(index, index % 5 === 2)()))
    const failed = first.flatMap((outcome, index) => (outcome.status === 'rejected' ? [index] : []))
    expect(failed).toHaveLength(BOOKINGS / 5)
    const afterFirst = await sqlRows(payload, sql`SELECT sequence FROM invoices WHERE seller_id = ${seller.id} ORDER BY sequence`)
    expect(afterFirst.map((r) => Number(r.sequence))).toEqual(Array.from({ length: BOOKINGS - failed.length }, (_, i) => i + 1))

    await Promise.all(failed.map((index) => confirm(index, false)()))
    const rows = await sqlRows(payload, sql`SELECT number, sequence, year, booking_id, issued_at FROM invoices WHERE seller_id = ${seller.id} ORDER BY sequence`)
    const year = Number(rows[0].year)
    expect(rows.map((r) => Number(r.sequence))).toEqual(Array.from({ length: BOOKINGS }, (_, i) => i + 1))
    expect(rows.map((r) => r.number)).toEqual(rows.map((r) => `${seller.invoicePrefix}${year}-${String(r.sequence).padStart(5, '0')}`))
    expect(new Set(rows.map((r) => r.booking_id)).size).toBe(BOOKINGS)
    // Numbers follow the order of issue.
    const times = rows.map((r) => new Date(r.issued_at as string).getTime())
    expect(times).toEqual([...times].sort((a, b) => a - b))
    const [counter] = await sqlRows(payload, sql`SELECT last_number FROM ticketing_document_counters WHERE seller_id = ${seller.id} AND series = 'INVOICE'`)
    expect(Number(counter.last_number)).toBe(BOOKINGS)
  })
})
