import { randomUUID } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Config } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSchema } from '../dev/payload.config'
import { sentEmails } from '../dev/helpers/testEmailAdapter'
import { TEST_SELLER } from './helpers/testSeller'
import { type DevHost, startDevHost } from './startDevHost'
import { isSchemaDrift } from './schemaEchoes'

const DAY = 86_400_000


/**
 * The plugin installed in a second host (plugins/ticketing/dev: its own users with a `position`,
 * no site collections; not localized, or localized in `localization`), end to end over the
 * host's REST handlers: the schema the plugin declares, staff roles through `staffRoles`, quote,
 * concurrent holds, payment at the Stripe emulator, webhook and email in the host's language,
 * refund, stats and CSV export. One body, run per way to make the schema and per localization.
 */
export const describeDevHost = (schema: DevSchema, localization?: Config['localization']) =>
  describe(`the dev host (schema by ${schema}, ${localization ? `localized in ${localization.locales.map((l) => (typeof l === 'string' ? l : l.code)).join(', ')}` : 'not localized'})`, () => {
    /** A booking's language when the visitor gives none: the host's default locale, else its one language (English). */
    const hostLanguage = localization ? localization.defaultLocale : 'en'
    let host: DevHost
    let tokens: Record<'accountant' | 'owner' | 'ticket-desk' | 'volunteer', string>
    let n = 0

    beforeAll(async () => {
      host = await startDevHost(schema, localization)
      tokens = {
        accountant: await host.staff('accountant'),
        owner: await host.staff('owner'),
        'ticket-desk': await host.staff('ticket-desk'),
        volunteer: await host.staff('volunteer'),
      }
    })
    afterAll(async () => {
      await host?.close()
    })

    /** A published event created over REST by the owner (the plugin's admin). */
    let seller: number | undefined
    const createEvent = async (data: Record<string, unknown> = {}) => {
      if (!seller) {
        const made = await host.rest('POST', '/sellers', { body: TEST_SELLER, token: tokens.owner })
        expect(made.status, JSON.stringify(made.body)).toBe(201)
        seller = made.body.doc.id as number
      }
      const created = await host.rest('POST', '/city-events', {
        body: {
          seller,
          capacity: 10,
          city: 'Devtown',
          country: 'FR',
          currency: 'EUR',
          regularPrice: 12000,
          slug: `dev-${randomUUID().slice(0, 8)}`,
          startsAt: new Date(Date.now() + 30 * DAY).toISOString(),
          status: 'PUBLISHED',
          timezone: 'Europe/Paris',
          title: 'Dev host event',
          ...data,
        },
        token: tokens.owner,
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      return created.body.doc as { id: number; slug: string }
    }

    const book = async (eventId: number, quantity = 1) => {
      n += 1
      const buyerEmail = `buyer-${n}-${randomUUID().slice(0, 6)}@example.com`
      const response = await host.rest('POST', '/ticketing/bookings', {
        // No locale: the booking takes the host's language.
        body: { buyer: { email: buyerEmail, name: `Buyer ${n}` }, eventId, quantity },
        headers: { 'X-Forwarded-For': `10.20.${n >> 8}.${n & 255}` },
      })
      return { ...response, body: { ...response.body, buyerEmail } }
    }

    /** A booking paid at the emulator and confirmed by its signed webhook. */
    const paidBooking = async (eventId: number) => {
      const booking = (await book(eventId)).body
      const intent = await host.rest('POST', `/ticketing/bookings/${booking.reference}/payment-intent`, { headers: { Authorization: `Bearer ${booking.accessToken}` } })
      expect(intent.status, JSON.stringify(intent.body)).toBe(200)
      await host.control.succeed(intent.body.paymentIntentId)
      await host.control.waitForWebhooks()
      return { booking, paymentIntentId: intent.body.paymentIntentId as string }
    }

    const stored = async (reference: string) => (await host.payload.find({ collection: 'bookings' as never, where: { reference: { equals: reference } } })).docs[0] as Record<string, any>
    const seats = async (eventId: number) => (await host.sql('SELECT capacity::int, seats_held, seats_confirmed FROM city_events WHERE id = $1', [eventId]))[0]

    it(`has the plugin's own SQL schema, made by ${schema}`, async () => {
      const constraints = (await host.sql(`SELECT conname FROM pg_constraint WHERE conname IN ('city_events_seats_valid', 'bookings_amounts_valid')`)).map((r) => r.conname)
      expect(constraints.sort()).toEqual(['bookings_amounts_valid', 'city_events_seats_valid'])
      const indexes = (await host.sql(`SELECT indexname FROM pg_indexes WHERE indexname = 'bookings_pending_expiry_idx'`)).length
      expect(indexes).toBe(1)
      const tables = (await host.sql(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'ticketing\\_%' ORDER BY 1`)).map((r) => r.tablename)
      expect(tables).toEqual(expect.arrayContaining(['ticketing_event_cancellations', 'ticketing_rate_limits', 'ticketing_refund_requests']))
      // The CHECK really guards the counters, whatever writes them.
      const event = await createEvent({ capacity: 2 })
      await expect(host.sql('UPDATE city_events SET seats_held = 3 WHERE id = $1', [event.id])).rejects.toMatchObject({ code: '23514' })
      // Push leaves its dev marker (batch -1); migrations leave the generated migration's record.
      const applied = (await host.sql('SELECT name, batch FROM payload_migrations ORDER BY id')).map((r) => [r.name, Number(r.batch)])
      if (schema === 'push') expect(applied).toEqual([['dev', -1]])
      else {
        expect(applied[0]).toEqual([expect.stringMatching(/^\d{8}_\d{6}_initial$/), 1])
        expect(applied.every(([name, batch]) => /^\d{8}_\d{6}_\w+$/.test(String(name)) && batch === 1)).toBe(true)
      }
      // The database is exactly what the config (the plugin's schema hooks included) describes.
      const adapter = host.payload.db as unknown as PostgresAdapter
      const { pushSchema } = adapter.requireDrizzleKit()
      const { statementsToExecute } = (await pushSchema(adapter.schema as never, adapter.drizzle as never, ['public'], undefined, undefined)) as unknown as { statementsToExecute: string[] }
      expect(statementsToExecute.filter(isSchemaDrift)).toEqual([])
      // Event texts have a locales table only when the host is localized.
      const localesTable = (await host.sql(`SELECT to_regclass('city_events_locales') IS NOT NULL AS present`))[0].present
      expect(localesTable).toBe(Boolean(localization))
      // No site collection came along.
      expect(Object.keys(host.payload.collections).filter((slug) => !slug.startsWith('payload-')).sort()).toEqual(['attendees', 'audit-log', 'booking-emails', 'booking-payments', 'bookings', 'certificates', 'check-ins', 'city-events', 'invoices', 'promo-codes', 'sellers', 'stripe-events', 'users', 'waitlist-entries'])
    })

    it('maps the host\'s positions to the plugin\'s roles: the ticket desk edits events, a volunteer and the accountant do not', async () => {
      const event = await createEvent()
      expect((await host.rest('PATCH', `/city-events/${event.id}`, { body: { title: 'Renamed' }, token: tokens['ticket-desk'] })).status).toBe(200)
      expect((await host.rest('PATCH', `/city-events/${event.id}`, { body: { title: 'No' }, token: tokens.volunteer })).status).toBe(403)
      expect((await host.rest('POST', '/city-events', { body: { title: 'No' }, token: tokens.accountant })).status).toBe(403)
      expect((await host.rest('GET', '/ticketing/stats', { token: tokens['ticket-desk'] })).status).toBe(200)
      expect((await host.rest('GET', '/ticketing/stats', { token: tokens.volunteer })).status).toBe(403)
      expect((await host.rest('GET', `/ticketing/events/${event.id}/cancellation`, { token: tokens.owner })).status).toBe(200)
      expect((await host.rest('GET', `/ticketing/events/${event.id}/cancellation`, { token: tokens.accountant })).status).toBe(403)
    })

    it('quotes, then never oversells: 30 concurrent holds for 10 seats → exactly 10, counters and bookings agree', async () => {
      const event = await createEvent({ capacity: 10 })
      const quote = await host.rest('GET', `/ticketing/events/${event.slug}/quote?quantity=2`)
      expect(quote.status, JSON.stringify(quote.body)).toBe(200)
      expect(quote.body).toMatchObject({ currency: 'EUR', eventId: event.id, quantity: 2, seatsAvailable: 10, subtotal: 24000, ticketType: 'REGULAR', total: 24000, unitPrice: 12000 })
      const listed = await host.rest('GET', '/ticketing/events')
      expect(listed.status, JSON.stringify(listed.body)).toBe(200)
      expect(JSON.stringify(listed.body)).toContain(event.slug)

      const results = await Promise.all(Array.from({ length: 30 }, () => book(event.id)))
      const statuses = results.map((r) => r.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(10)
      expect(statuses.filter((s) => s === 409)).toHaveLength(20)
      expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.error.code))).toEqual(new Set(['SOLD_OUT']))
      const held = (await host.sql(`SELECT count(*)::int AS bookings, coalesce(sum(quantity), 0)::int AS seats FROM bookings WHERE city_event_id = $1 AND status = 'PENDING'`, [event.id]))[0]
      expect(held).toEqual({ bookings: 10, seats: 10 })
      expect(await seats(event.id)).toEqual({ capacity: 10, seats_confirmed: 0, seats_held: 10 })
      expect((await host.rest('GET', `/ticketing/events/${event.id}/quote?quantity=1`)).body.seatsAvailable).toBe(0)
    })

    it("takes a payment through the Stripe emulator, confirms the booking from its signed webhook and emails the buyer in the host's language", async () => {
      const event = await createEvent({ capacity: 3 })
      const { booking, paymentIntentId } = await paidBooking(event.id)
      expect(await stored(booking.reference)).toMatchObject({ locale: hostLanguage, paymentIntentId, paymentStatus: 'PAID', status: 'CONFIRMED', total: 12000 })
      expect(await seats(event.id)).toEqual({ capacity: 3, seats_confirmed: 1, seats_held: 0 })
      expect((await host.stripe.paymentIntents.retrieve(paymentIntentId)).status).toBe('succeeded')
      const ledger = await host.sql(`SELECT kind, amount::int, status FROM booking_payments WHERE stripe_object_id = $1`, [paymentIntentId])
      expect(ledger).toEqual([{ amount: 12000, kind: 'PAYMENT', status: 'succeeded' }])
      const seen = await host.sql(`SELECT count(*)::int AS n FROM stripe_events WHERE type = 'payment_intent.succeeded'`)
      expect(seen[0].n).toBeGreaterThanOrEqual(1)
      // The confirmation goes out through the host's email adapter when the email queue runs, in
      // English (the plugin has no strings for a German host), with the event's title. The
      // adapter answers no message id: the email counts as sent and is not retried.
      const before = sentEmails.length
      await host.payload.jobs.run({ queue: 'ticketing-email' })
      const sent = sentEmails.slice(before)
      expect(sent.map((mail) => mail.to)).toEqual([booking.buyerEmail])
      expect(sent[0].subject).toBe(`Booking confirmed: Dev host event (${booking.reference})`)
      expect(String(sent[0].text)).toContain(booking.reference)
      // In the host's own voice (plugin option `emails`), not the plugin's.
      expect(String(sent[0].text)).toContain('Thanks,\nThe dev host box office')
      expect(sent[0].from).toBe('Dev host box office <tickets@ticketing.local>')
      // This host names no booking page: the link takes the plugin's neutral path, with the view token.
      expect(String(sent[0].text)).toContain(`/bookings/${booking.reference}#t=v1.`)
      const log = await host.sql(`SELECT e.status::text AS status, e.attempts::int AS attempts FROM booking_emails e JOIN bookings b ON b.id = e.booking_id WHERE b.reference = $1`, [booking.reference])
      expect(log).toEqual([{ attempts: 1, status: 'SENT' }])
      await host.payload.jobs.run({ queue: 'ticketing-email' })
      expect(sentEmails.slice(before)).toHaveLength(1)
    })

    it('lets the accountant refund (webhook records it, seats come back) and refuses a volunteer with 403', async () => {
      const event = await createEvent({ capacity: 3 })
      const { booking, paymentIntentId } = await paidBooking(event.id)
      const path = `/ticketing/bookings/${booking.reference}/refund`
      expect((await host.rest('POST', path, { body: {} })).status).toBe(401)
      const refused = await host.rest('POST', path, { body: {}, token: tokens.volunteer })
      expect(refused.status).toBe(403)
      expect(refused.body.error.code).toBe('FORBIDDEN')
      expect((await host.rest('POST', path, { body: {}, token: tokens['ticket-desk'] })).status).toBe(403)

      const refund = await host.rest('POST', path, { body: { reason: 'requested_by_customer' }, token: tokens.accountant })
      expect(refund.status, JSON.stringify(refund.body)).toBe(202)
      expect(refund.body).toMatchObject({ amount: 12000, refundId: expect.stringMatching(/^re_/) })
      await host.control.waitForWebhooks()
      expect(await stored(booking.reference)).toMatchObject({ amountRefunded: 12000, paymentStatus: 'REFUNDED', status: 'REFUNDED' })
      expect(await seats(event.id)).toEqual({ capacity: 3, seats_confirmed: 0, seats_held: 0 })
      expect((await host.stripe.refunds.list({ payment_intent: paymentIntentId })).data.map((r) => r.amount)).toEqual([12000])
    })

    it('exports the bookings as CSV for the accountant, and only for staff whose position maps to finance or admin', async () => {
      const event = await createEvent({ capacity: 5 })
      const { booking } = await paidBooking(event.id)
      const stats = await host.rest('GET', `/ticketing/stats?event=${event.id}`, { token: tokens.accountant })
      expect(stats.status, JSON.stringify(stats.body)).toBe(200)
      expect(stats.body.events).toMatchObject([{ bookings: { confirmed: 1, created: 1 }, eventId: event.id, seatsConfirmed: 1, title: 'Dev host event' }])
      const csv = await host.rest('GET', `/ticketing/exports/bookings.csv?event=${event.id}`, { token: tokens.accountant })
      expect(csv.status, String(csv.body).slice(0, 300)).toBe(200)
      expect(csv.headers.get('content-type')).toContain('text/csv')
      const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\r\n')
      expect(lines[0]).toBe('reference,event,city,startsAt,status,paymentStatus,ticketType,quantity,currency,unitPrice,subtotal,discount,total,amountRefunded,buyerName,buyerEmail,buyerPhone,attendeeNames,createdAt,confirmedAt,paymentIntentId,promoCode,promoDiscount')
      expect(lines).toHaveLength(2)
      expect(lines[1]).toContain(`${booking.reference},Dev host event,Devtown,`)
      expect(lines[1]).toContain(',CONFIRMED,PAID,REGULAR,1,EUR,120.00,120.00,0.00,120.00,0.00,')
      expect((await host.rest('GET', '/ticketing/exports/bookings.csv', { token: tokens.owner })).status).toBe(200)
      expect((await host.rest('GET', '/ticketing/exports/bookings.csv', { token: tokens.volunteer })).status).toBe(403)
      expect((await host.rest('GET', '/ticketing/exports/bookings.csv', { token: tokens['ticket-desk'] })).status).toBe(403)
    })
  })
