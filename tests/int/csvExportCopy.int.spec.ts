import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { REST_GET } from '@payloadcms/next/routes'
import config from '@payload-config'
import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CSV_COLUMNS } from '../../plugins/ticketing/src/db/reports/exportCsv'
import { neutraliseCell } from '../../plugins/ticketing/src/domain/csvCell'
import { formatDecimal } from '../../plugins/ticketing/src/domain/formatDecimal'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { rest } from '../helpers/rest'

// PostgreSQL writes the export (COPY … TO STDOUT); these tests hold its bytes to what the
// domain functions (neutraliseCell, formatDecimal) and an RFC 4180 writer make of the same rows.

let payload: Payload
let finance: string
let eventId: number
let bigEventId: number

const TRICKY = [
  '=SUM(A1:A9)', '+33 6 12', '-1', '@cmd', '\tTabbed', '\rCarriage', ' =not a formula', "'quoted already",
  'He said "hi"', '"', 'a,b', 'a;b', 'two\nlines', 'crlf\r\nhere', 'tail\r', 'Zoë Ünïcødé 日本語 🎟️', 'x',
]
const CURRENCIES: (null | string)[] = ['EUR', 'JPY', 'KWD', 'CLF', 'usd', 'CAD', null, 'BHD', 'XOF']

beforeAll(async () => {
  payload = await getTestPayload()
  finance = (await createStaff(payload, ['finance'])).token
  eventId = (await createEvent(payload, { capacity: 500, city: 'Nantes', title: 'Copy check' })).id as number
  // Titles and cities are staff text: anything a spreadsheet could misread.
  await sqlRows(payload, sql`UPDATE city_events_locales SET title = ${'=Gala, "Nantes"\nédition'}, city = ${'+Nantes'} WHERE _parent_id = ${eventId} AND _locale = 'fr'`)
  await sqlRows(payload, sql`INSERT INTO city_events_locales (_parent_id, _locale, title, city) VALUES (${eventId}, 'en', ${'Gala; English'}, ${'@Nantes'}) ON CONFLICT DO NOTHING`)
  for (let i = 0; i < TRICKY.length * 2; i++) {
    const name = TRICKY[i % TRICKY.length]
    const currency = CURRENCIES[i % CURRENCIES.length]
    const unit = [45050, 1, 0, 999999999, 7, -305, 12345678][i % 7]
    const quantity = (i % 3) + 1
    const subtotal = Math.abs(unit) * quantity
    const discount = i % 4 === 0 ? Math.floor(subtotal / 10) : 0
    const phone = [null, '', '+33612345678', '-0', '=1+1'][i % 5]
    const [row] = await sqlRows(
      payload,
      sql`INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total,
            amount_refunded, buyer_name, buyer_email, buyer_phone, locale, expires_at, confirmed_at, payment_intent_id, created_at)
          VALUES (${`CPY${String(i).padStart(3, '0')}${i % 6 === 0 ? '=' : ''}`}, ${eventId}, ${i % 2 ? 'CONFIRMED' : 'PENDING'}, ${i % 2 ? 'PAID' : 'PENDING'},
            ${i % 2 ? 'EARLY_BIRD' : 'REGULAR'}, ${quantity}, ${currency}, ${unit}, ${subtotal}, ${discount}, ${subtotal - discount},
            ${i % 5 === 0 ? Math.floor((subtotal - discount) / 2) : 0}, ${name}, ${`buyer+${i}@example.com`}, ${phone}, 'fr', now(),
            ${i % 2 ? new Date(Date.UTC(2026, 0, 2, 3, 4, 5, i)).toISOString() : null}, ${i % 4 === 1 ? null : `pi_${i}`},
            ${new Date(Date.UTC(2026, 1, 1 + i, 10, 11, 12, 7 * i)).toISOString()})
          RETURNING id`,
    )
    const names = i % 3 === 0 ? [] : [TRICKY[(i + 5) % TRICKY.length], `Attendee ${i}`, TRICKY[(i + 9) % TRICKY.length]]
    for (const [position, attendee] of names.entries()) {
      // Stored out of order: the export follows `position`.
      await sqlRows(payload, sql`INSERT INTO attendees (booking_id, city_event_id, name, position) VALUES (${row.id}, ${eventId}, ${attendee}, ${names.length - position})`)
    }
  }
  // Some bookings used a promo code (its text is staff input too).
  await sqlRows(payload, sql`UPDATE bookings SET promo_code = (ARRAY['SPRING-26', '-TEN', NULL])[1 + id % 3] WHERE city_event_id = ${eventId}`)
  // The rows went in by SQL: the seat counters must agree with them, or the expiry job (which
  // ends every due hold in the database) would release seats the event never counted.
  await sqlRows(
    payload,
    sql`UPDATE city_events e SET
          seats_held = (SELECT coalesce(sum(quantity), 0) FROM bookings WHERE city_event_id = e.id AND status = 'PENDING'),
          seats_confirmed = (SELECT coalesce(sum(quantity), 0) FROM bookings WHERE city_event_id = e.id AND status = 'CONFIRMED')
        WHERE e.id = ${eventId}`,
  )
  // Enough rows that the COPY is still running when a client walks away after the first chunk.
  bigEventId = (await createEvent(payload, { capacity: 100_000, title: 'Copy cancel' })).id as number
  await sqlRows(
    payload,
    sql`INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total,
          amount_refunded, buyer_name, buyer_email, locale, expires_at)
        SELECT 'BIG' || g, ${bigEventId}, 'CONFIRMED', 'PAID', 'REGULAR', 1, 'EUR', 45000, 45000, 0, 45000, 0,
          'A buyer with a long enough name ' || g, 'big' || g || '@example.com', 'fr', now()
        FROM generate_series(1, 40000) g`,
  )
  await sqlRows(payload, sql`UPDATE city_events SET seats_confirmed = 40000 WHERE id = ${bigEventId}`)
})

afterAll(async () => {
  await sqlRows(payload, sql`DELETE FROM bookings WHERE city_event_id = ${bigEventId}`)
})

/** What the export must be, built in JavaScript from the same rows (the pre-COPY export's code). */
const expected = async (query: { delimiter?: ',' | ';'; locale?: 'en' | 'fr'; status?: string; from?: string; to?: string }) => {
  const rows = await sqlRows(
    payload,
    sql`SELECT b.*, l.title AS event_title, l.city AS event_city, e.starts_at AS event_starts_at,
          (SELECT string_agg(a.name, '; ' ORDER BY a.position) FROM attendees a WHERE a.booking_id = b.id) AS attendee_names
        FROM bookings b JOIN city_events e ON e.id = b.city_event_id
        LEFT JOIN city_events_locales l ON l._parent_id = e.id AND l._locale = ${query.locale ?? 'fr'}
        WHERE b.city_event_id = ${eventId}
          AND (${query.status ?? null}::text IS NULL OR b.status::text = ${query.status ?? null})
          AND (${query.from ?? null}::timestamptz IS NULL OR b.created_at >= ${query.from ?? null}::timestamptz)
          AND (${query.to ?? null}::timestamptz IS NULL OR b.created_at < ${query.to ?? null}::timestamptz)
        ORDER BY b.id`,
  )
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : '')
  const records = rows.map((row) => {
    const currency = String(row.currency ?? 'EUR')
    const money = (value: unknown) => formatDecimal(Number(value ?? 0), currency)
    return [
      row.reference, row.event_title, row.event_city, iso(row.event_starts_at), row.status, row.payment_status, row.ticket_type,
      String(Number(row.quantity)), currency, money(row.unit_price), money(row.subtotal), money(row.discount), money(row.total),
      money(row.amount_refunded), row.buyer_name, row.buyer_email, row.buyer_phone, row.attendee_names, iso(row.created_at),
      iso(row.confirmed_at), row.payment_intent_id, row.promo_code, money(row.promo_discount),
    ].map((cell) => neutraliseCell(cell === null || cell === undefined ? '' : String(cell)))
  })
  // RFC 4180: a cell holding a line break (CR or LF, alone or together) is quoted.
  const text = stringify(records, { columns: [...CSV_COLUMNS], delimiter: query.delimiter ?? ',', header: true, quoted_match: /[\r\n]/, record_delimiter: 'windows' })
  return { rows: rows.length, text: `\uFEFF${text}` }
}

const exportCsv = async (query: Record<string, string>) => {
  const res = await rest('GET', `/ticketing/exports/bookings.csv?${new URLSearchParams(query)}`, { token: finance })
  expect(res.status).toBe(200)
  return res.body as string
}

describe('the CSV export written by PostgreSQL', () => {
  it.each([
    ['all rows', {}],
    ['with ; for French Excel', { delimiter: ';' }],
    ['in English', { locale: 'en' }],
    ['confirmed only', { status: 'CONFIRMED' }],
    ['a creation window', { from: '2026-02-05', to: '2026-02-20T10:11:12.091Z' }],
  ] as const)('is byte for byte what the domain functions make of the same rows: %s', async (_name, query) => {
    const want = await expected(query)
    expect(want.rows).toBeGreaterThan(0)
    const got = await exportCsv({ event: String(eventId), ...query })
    expect(got).toBe(want.text)
  })

  it('covers every tricky value: formulas, quotes, separators, line breaks, unicode, empty and null cells, each currency', async () => {
    const got = await exportCsv({ event: String(eventId) })
    expect(got).toContain('"\'=Gala, ""Nantes""\nédition",\'+Nantes,')
    expect(got).toContain(',"two\nlines",')
    expect(got).toContain(',"\'\rCarriage",')
    expect(got).toContain(",'\tTabbed,")
    expect(got).toContain('Zoë Ünïcødé 日本語 🎟️')
    expect(got).toContain(',JPY,45050,')
    expect(got).toMatch(/,KWD,\d+\.\d{3},/)
    expect(got).toMatch(/,BHD,\d+\.\d{3},/)
    expect(got).toMatch(/,CLF,\d+\.\d{4},/)
    expect(got).toMatch(/,XOF,\d+,/)
    expect(got).toMatch(/,usd,\d+\.\d{2},/)
    // A negative amount is neutralised like any other cell.
    expect(got).toContain(",'-3.05,")
    expect(got).toContain(",'-305,")
  })

  it('frees its database connection when the client goes away mid-export', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool as PostgresAdapter['pool'] & { _clients: { processID: number }[] }
    const copyBackends = async () =>
      (await sqlRows(payload, sql`SELECT pid FROM pg_stat_activity WHERE query LIKE 'COPY (SELECT %' AND pid <> pg_backend_pid()`)).map((row) => Number(row.pid))
    const request = new Request(`http://localhost:3000/api/ticketing/exports/bookings.csv?event=${bigEventId}`, { headers: { Authorization: `JWT ${finance}` } })
    const res = await REST_GET(config)(request, { params: Promise.resolve({ slug: ['ticketing', 'exports', 'bookings.csv'] }) })
    expect(res.status).toBe(200)
    const reader = res.body!.getReader()
    const first = await reader.read()
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(first.value).slice(0, 10)).toBe('\uFEFFreference')
    // Still streaming: PostgreSQL in the middle of the COPY, on a connection lent by the pool.
    const [copyPid, ...others] = await copyBackends()
    expect(others).toEqual([])
    expect(pool._clients.map((client) => client.processID)).toContain(copyPid)
    await reader.cancel()
    // That connection is closed (it was cut mid-COPY) and leaves the pool: its backend ends.
    // Followed by its backend's pid, not by pool counts: this process's background jobs (which
    // run whatever every test file queued on the shared database) borrow clients meanwhile.
    const deadline = Date.now() + 10_000
    while ((await copyBackends()).includes(copyPid) && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve))
    expect(await copyBackends()).toEqual([])
    expect(pool._clients.map((client) => client.processID)).not.toContain(copyPid)
    // The pool still serves whole exports.
    const whole = await exportCsv({ event: String(bigEventId) })
    expect(whole.split('\r\n')).toHaveLength(40_002)
  })
  it('gives its connection back with no transaction open and JIT as the server sets it', async () => {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const whole = await exportCsv({ event: String(bigEventId) })
    expect(whole.split('\r\n')).toHaveLength(40_002)
    // Every idle client of the pool is checked, the export's among them.
    const clients = await Promise.all(Array.from({ length: pool.idleCount }, () => pool.connect()))
    try {
      for (const client of clients) {
        // A client left inside a transaction would run this in that older transaction.
        const { rows } = await client.query(
          `SELECT transaction_timestamp() = statement_timestamp() AS fresh, current_setting('jit') AS jit, reset_val AS configured FROM pg_settings WHERE name = 'jit'`,
        )
        expect(rows[0].fresh).toBe(true)
        expect(rows[0].jit).toBe(rows[0].configured)
      }
    } finally {
      for (const client of clients) client.release()
    }
  })
})
