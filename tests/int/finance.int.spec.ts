import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

let payload: Payload
let finance: string
let editor: string
let eur: number
let cad: number
const refs: Record<string, string> = {}

const HEADER = 'reference,event,city,startsAt,status,paymentStatus,ticketType,quantity,currency,unitPrice,subtotal,discount,total,amountRefunded,buyerName,buyerEmail,buyerPhone,attendeeNames,createdAt,confirmedAt,paymentIntentId,promoCode,promoDiscount'

beforeAll(async () => {
  payload = await getTestPayload()
  finance = (await createStaff(payload, ['finance'])).token
  editor = (await createStaff(payload, ['editor'])).token
  eur = (await createEvent(payload, { capacity: 20, city: 'Nantes', regularPrice: 45050, title: 'Export Nantes' })).id
  cad = (await createEvent(payload, { capacity: 20, city: 'Québec', currency: 'CAD', regularPrice: 69500, title: 'Export Québec' })).id
  refs.paid = (await book({ attendees: [{ name: 'Ada' }, { name: 'Grace' }], buyer: { email: 'ada@example.com', name: 'Ada Lovelace', phone: '+33612345678' }, eventId: eur, quantity: 2 })).body.reference
  refs.formula = (await book({ buyer: { email: 'evil@example.com', name: '=HYPERLINK("http://x")' }, eventId: eur })).body.reference
  refs.cad = (await book({ eventId: cad })).body.reference
  // A paid, partly refunded booking (the payment flow itself is tested with Stripe elsewhere).
  await sqlRows(payload, sql`UPDATE bookings SET status = 'CONFIRMED', payment_status = 'PARTIALLY_REFUNDED', amount_refunded = 10000, confirmed_at = now() WHERE reference = ${refs.paid}`)
})

const csv = (query: string, token = finance) => rest('GET', `/ticketing/exports/bookings.csv${query}`, { token })

describe('GET /api/ticketing/exports/bookings.csv', () => {
  it('exports one row per booking, with the exact header, BOM, decimal amounts and joined attendee names', async () => {
    const res = await csv(`?event=${eur}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    const text = res.body as string
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe(HEADER)
    expect(lines).toHaveLength(3)
    const paid = lines.find((l) => l.startsWith(refs.paid))!
    expect(paid).toContain(',Export Nantes,Nantes,')
    expect(paid).toContain(',CONFIRMED,PARTIALLY_REFUNDED,REGULAR,2,EUR,450.50,901.00,0.00,901.00,100.00,Ada Lovelace,ada@example.com,')
    expect(paid).toContain(',Ada; Grace,')
  })

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const text = (await csv(`?event=${eur}`)).body as string
    const row = text.split('\r\n').find((l) => l.startsWith(refs.formula))!
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m)
    expect((await csv(`?event=${eur}`)).body).toContain("'+33612345678")
  })

  it('filters by status and creation dates, and writes ; for French Excel', async () => {
    const confirmed = ((await csv(`?event=${eur}&status=CONFIRMED`)).body as string).trim().split('\r\n')
    expect(confirmed).toHaveLength(2)
    const future = ((await csv(`?event=${eur}&from=2999-01-01`)).body as string).trim().split('\r\n')
    expect(future).toHaveLength(1)
    const past = ((await csv(`?event=${eur}&to=2000-01-01`)).body as string).trim().split('\r\n')
    expect(past).toHaveLength(1)
    const semicolon = (await csv(`?event=${cad}&delimiter=;`)).body as string
    expect(semicolon.slice(1).split('\r\n')[0]).toBe(HEADER.replaceAll(',', ';'))
    expect(semicolon).toContain(';CAD;695.00;')
  })

  it('is for finance and admins only, and validates its filters', async () => {
    expect((await csv('', editor)).status).toBe(403)
    expect((await rest('GET', '/ticketing/exports/bookings.csv')).status).toBe(401)
    expect((await csv('?status=PAID')).status).toBe(400)
    expect((await csv('?from=yesterday')).status).toBe(400)
    expect((await csv('?limit=5')).status).toBe(400)
  })
})

describe('GET /api/ticketing/stats', () => {
  it('reports seats, bookings by outcome, conversion and revenue per currency', async () => {
    const res = await rest('GET', `/ticketing/stats?event=${eur}`, { token: editor })
    expect(res.status).toBe(200)
    expect(res.body.events).toHaveLength(1)
    expect(res.body.events[0]).toMatchObject({
      bookings: { cancelled: 0, confirmed: 1, created: 2, expired: 0, refunded: 0 },
      capacity: 20,
      conversion: 0.5,
      eventId: eur,
      revenue: [{ currency: 'EUR', gross: 90100, net: 80100, refunded: 10000 }],
      seatsAvailable: 17,
      title: 'Export Nantes',
    })
    const all = await rest('GET', '/ticketing/stats', { token: finance })
    expect(all.body.events.map((e: { eventId: number }) => e.eventId)).toEqual(expect.arrayContaining([eur, cad]))
    expect((await rest('GET', '/ticketing/stats')).status).toBe(401)
    expect((await rest('GET', '/ticketing/stats?event=abc', { token: finance })).status).toBe(400)
  })
})
