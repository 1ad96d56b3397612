import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readQrCodes } from '../../plugins/ticketing/src/documents/testing/readQrCodes'
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium.mjs'
import { writeQrVideo } from '../helpers/qrVideo'
import { createEvent, emulator, linkIn, localPayload, site } from './bookingSteps'
import { launchChromium, signIn } from './helpers'

// A two-day event run at the door, in Chromium against the production build: a paid booking's
// ticket (email, PDF, confirmation page), then the admin's scanner on a phone-sized screen with
// a fake camera filming that ticket's QR code, typed codes for every other answer, and day 2.

const shots = path.resolve('test-results/screenshots')
const door = { email: 'door@example.com', password: 'door-password-123' }
let payload: Payload
let browser: Browser
let ids: Record<'later' | 'other' | 'running', number>
let codes: Record<'cancelled' | 'disputed' | 'later' | 'other', string>
const buyer = { email: 'ticket-holder@example.com', name: 'Élodie Dupré' }
let paid: { qr: string; reference: string; ticketCode: string }

const run = (statement: ReturnType<typeof sql>) => (payload.db as unknown as PostgresAdapter).drizzle.execute(statement)
const post = async (route: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${site}/api${route}`, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers }, method: 'POST' })
  return (await res.json()) as Record<string, any>
}
const control = (route: string, body: object = {}) => fetch(`${emulator}/_emulator/${route}`, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, method: 'POST' })

/** A booking of one seat paid at the emulator, once its webhook confirmed it: its ticket as the buyer's view shows it. */
const paidTicket = async (eventId: number, buyerOf: { email: string; name: string }, n: number) => {
  const booking = await post('/ticketing/bookings', { buyer: buyerOf, eventId, quantity: 1 }, { 'X-Forwarded-For': `10.88.1.${n}` })
  expect(booking.total).toBe(45000)
  const intent = await post(`/ticketing/bookings/${booking.reference}/payment-intent`, {}, { Authorization: `Bearer ${booking.accessToken}`, 'X-Forwarded-For': `10.88.1.${n}` })
  expect(intent.amount).toBe(45000)
  await control(`payment_intents/${intent.paymentIntentId}/succeed`)
  await control('webhooks/wait', { timeoutMs: 20_000 })
  const view = async () => (await (await fetch(`${site}/api/ticketing/bookings/${booking.reference}`, { headers: { Authorization: `Bearer ${booking.accessToken}` } })).json()) as Record<string, any>
  // Also called from beforeAll, where expect.poll is not available: wait by hand.
  for (const deadline = Date.now() + 20_000; (await view()).status !== 'CONFIRMED'; ) {
    if (Date.now() > deadline) throw new Error(`booking ${booking.reference} was not confirmed`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { booking, code: (await view()).attendees[0].ticketCode as string }
}

/** A free booking's first ticket code on `eventId` (confirmed at once). */
const freeTicket = async (eventId: number, n: number) => {
  const booking = await post('/ticketing/bookings', { buyer: { email: `guest-${n}@example.com`, name: `Guest ${n}` }, eventId, quantity: 1 }, { 'X-Forwarded-For': `10.88.0.${n}` })
  const view = await fetch(`${site}/api/ticketing/bookings/${booking.reference}`, { headers: { Authorization: `Bearer ${booking.accessToken}` } })
  return { code: ((await view.json()) as any).attendees[0].ticketCode as string, reference: booking.reference as string }
}

const shoot = async (page: Page, name: string) => {
  fs.mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: path.join(shots, `checkin-${name}-390.png`) })
}

const typeCode = async (page: Page, code: string) => {
  await page.locator('#check-in-code').fill(code)
  await page.getByRole('button', { exact: true, name: /^(Check in|Valider l’entrée)$/ }).first().click()
  return page.getByTestId('check-in-result')
}

const closeResult = async (page: Page) => {
  await page.getByTestId('check-in-result').click()
  await expect.poll(() => page.getByTestId('check-in-result').count()).toBe(0)
}

beforeAll(async () => {
  payload = await localPayload()
  browser = await launchChromium()
  await payload.create({ collection: 'users', data: { ...door, name: 'Sam (door)', roles: ['checkin'] } as never })
  const day = 86_400_000
  const running = await createEvent(payload, 'e2e-door-paris', { endsAt: new Date(Date.now() + 61 * day).toISOString(), regularPrice: 45000, title: 'Masterclass Paris (2 jours)' })
  const other = await createEvent(payload, 'e2e-door-lyon', { regularPrice: 0, title: 'Masterclass Lyon' })
  const later = await createEvent(payload, 'e2e-door-lille', { regularPrice: 0, title: 'Masterclass Lille' })
  ids = { later: later.id as number, other: other.id as number, running: running.id as number }
  codes = {
    cancelled: (await paidTicket(ids.running, { email: 'refunded@example.com', name: 'Rita Refunded' }, 3)).code,
    disputed: (await paidTicket(ids.running, { email: 'disputed@example.com', name: 'Dan Disputed' }, 4)).code,
    later: (await freeTicket(ids.later, 5)).code,
    other: (await freeTicket(ids.other, 6)).code,
  }
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('a two-day event at the door, in Chromium', () => {
  it('a paid booking’s ticket: a PDF in the confirmation email and QR codes on the confirmation page', async () => {
    const { booking } = await paidTicket(ids.running, buyer, 1)
    const dir = (await import('vitest')).inject('mailDir')
    const raw = async () => fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => fs.readFileSync(path.join(dir, f), 'latin1')).find((m) => m.includes(`To: ${buyer.email}`) && m.includes('application/pdf'))
    await expect.poll(raw, { timeout: 30_000 }).toBeTruthy()
    const message = (await raw())!
    const pdfPart = message.split(/\r?\n--/).find((part) => /Content-Type: application\/pdf/i.test(part))!
    const pdf = Buffer.from(pdfPart.split(/\r?\n\r?\n/).slice(1).join('\n').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
    fs.mkdirSync(shots, { recursive: true })
    fs.writeFileSync(path.join(shots, 'checkin-ticket.pdf'), pdf)

    const decoded = message.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    const link = linkIn(decoded, 'confirmation', booking.reference)!
    expect(link).toBeTruthy()
    const page = await browser.newPage({ viewport: { height: 844, width: 390 } })
    await page.goto(link)
    await expect.poll(() => page.getByTestId('ticket').count(), { timeout: 20_000 }).toBe(1)
    const qr = (await page.getByTestId('ticket').locator('[data-qr]').getAttribute('data-qr'))!
    const ticketCode = (await page.getByTestId('ticket').locator('p').last().textContent())!
    expect(qr).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(readQrCodes(pdf)).toEqual([qr])
    await page.screenshot({ fullPage: true, path: path.join(shots, 'checkin-confirmation-ticket-390.png') })
    await page.close()
    paid = { qr, reference: booking.reference, ticketCode }
  })

  it('the scanner at 390 px: camera, typed codes, every answer in its colour, day 1 and day 2', async () => {
    // Day 1 of the event is today: it began an hour ago, it ends tomorrow evening.
    await run(sql`UPDATE city_events SET starts_at = now() - interval '1 hour', ends_at = now() + interval '30 hours' WHERE id IN (${ids.running}, ${ids.other})`)
    await run(sql`UPDATE city_events SET starts_at = now() + interval '2 days', ends_at = now() + interval '3 days' WHERE id = ${ids.later}`)
    await run(sql`UPDATE bookings SET status = 'REFUNDED', payment_status = 'REFUNDED' WHERE id = (SELECT booking_id FROM attendees WHERE ticket_code = ${codes.cancelled})`)
    await run(sql`UPDATE bookings SET payment_status = 'DISPUTED' WHERE id = (SELECT booking_id FROM attendees WHERE ticket_code = ${codes.disputed})`)

    const video = path.join(os.tmpdir(), `ticket-${paid.reference}.y4m`)
    writeQrVideo(video, paid.qr)
    const phone = await chromium.launch({
      args: [...CHROMIUM_FLAGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
      executablePath: await chromiumPath(),
    })
    try {
      const context = await phone.newContext({ hasTouch: true, isMobile: true, viewport: { height: 844, width: 390 } })
      const page = await context.newPage()
      await signIn(page, site, door.email, door.password)
      await page.goto(`${site}/admin/check-in`)
      await shoot(page, 'choose-event')
      await page.getByTestId('check-in-event').filter({ hasText: 'Paris' }).click()
      await expect.poll(() => page.getByTestId('check-in-count').textContent(), { timeout: 20_000 }).toMatch(/^0 \/ \d+ checked in today$/)
      await shoot(page, 'ready')

      // The camera films the paid ticket: OK, full screen, green.
      await page.getByTestId('camera-toggle').click()
      const result = page.getByTestId('check-in-result')
      await expect.poll(() => result.getAttribute('data-result'), { timeout: 30_000 }).toBe('OK')
      await expect.poll(() => result.textContent()).toContain(buyer.name)
      await shoot(page, 'ok')
      await closeResult(page)
      await page.getByTestId('camera-toggle').click()
      await expect.poll(() => page.getByTestId('check-in-count').textContent()).toMatch(/^1 \/ \d+ checked in today$/)

      // The same ticket typed by hand: already in, since when, by whom, on which phone.
      await typeCode(page, paid.ticketCode)
      await expect.poll(() => result.getAttribute('data-result')).toBe('ALREADY_CHECKED_IN')
      expect(await page.getByTestId('first-scan').textContent()).toMatch(/First scanned at .+ by Sam \(door\) on phone-/)
      await shoot(page, 'already-checked-in')
      await closeResult(page)

      for (const [code, expected] of [[codes.other, 'WRONG_EVENT'], [codes.disputed, 'NOT_PAID'], [codes.cancelled, 'CANCELLED'], ['ZZZZZ-ZZZZZ', 'TICKET_NOT_FOUND']] as const) {
        await typeCode(page, code)
        await expect.poll(() => result.getAttribute('data-result')).toBe(expected)
        await shoot(page, expected.toLowerCase().replace(/_/g, '-'))
        await closeResult(page)
      }

      // Name search, ignoring accents: the buyer is already in today.
      await page.locator('#check-in-search').fill('elodie')
      await expect.poll(() => page.getByTestId('check-in-matches').textContent()).toContain('In today')
      await shoot(page, 'search')
      await page.locator('#check-in-search').fill('')

      // Another event, not open yet: Lille starts in two days.
      await page.goto(`${site}/admin/check-in?event=${ids.later}`)
      await typeCode(page, codes.later)
      await expect.poll(() => result.getAttribute('data-result'), { timeout: 20_000 }).toBe('NOT_OPEN')
      await shoot(page, 'not-open')

      // A day later (the event and its check-ins one day back in time): day 2, in French.
      await run(sql`UPDATE city_events SET starts_at = starts_at - interval '1 day', ends_at = ends_at - interval '1 day' WHERE id = ${ids.running}`)
      await run(sql`UPDATE check_ins SET day = to_char(day::date - 1, 'YYYY-MM-DD'), checked_in_at = checked_in_at - interval '1 day' WHERE city_event_id = ${ids.running}`)
      await context.addCookies([{ name: 'payload-lng', url: site, value: 'fr' }])
      await page.goto(`${site}/admin/check-in?event=${ids.running}`)
      await expect.poll(() => page.getByTestId('check-in-count').textContent(), { timeout: 20_000 }).toMatch(/^0 \/ \d+ entrés aujourd’hui$/)
      await page.getByTestId('camera-toggle').click()
      await expect.poll(() => result.getAttribute('data-result'), { timeout: 30_000 }).toBe('OK')
      await expect.poll(() => result.textContent()).toContain('Bienvenue')
      await shoot(page, 'day2-ok-fr')
      await closeResult(page)
      await page.getByTestId('camera-toggle').click()
      await typeCode(page, paid.ticketCode)
      await expect.poll(() => result.getAttribute('data-result')).toBe('ALREADY_CHECKED_IN')
      expect(await result.textContent()).toContain('Déjà entré')
      await shoot(page, 'day2-already-fr')
      const days = await run(sql`SELECT day FROM check_ins c JOIN attendees a ON a.id = c.attendee_id WHERE a.ticket_code = ${paid.ticketCode} ORDER BY day`)
      expect((days as unknown as { rows: unknown[] }).rows).toHaveLength(2)
    } finally {
      await phone.close()
    }
  })

  it('after the event: an admin issues the certificates, the attendee gets a PDF whose QR code opens a page saying it is valid', async () => {
    // The event ran yesterday and today (Paris) and has just ended; 14 hours, every day required.
    await run(sql`UPDATE city_events SET training_hours = 14, certificate_rule = 'ALL_DAYS',
      starts_at = (date_trunc('day', now() AT TIME ZONE 'Europe/Paris') - interval '1 day' + interval '1 minute') AT TIME ZONE 'Europe/Paris', ends_at = now()
      WHERE id = ${ids.running}`)
    const admin = { email: 'door-admin@example.com', password: 'door-admin-password-123' }
    await payload.create({ collection: 'users', data: { ...admin, name: 'Alex (admin)', roles: ['admin'] } as never })
    const page = await browser.newPage({ viewport: { height: 900, width: 1440 } })
    await signIn(page, site, admin.email, admin.password)
    await page.goto(`${site}/admin/collections/city-events/${ids.running}`)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Issue certificates now' }).click()
    await expect.poll(() => page.getByText(/1 certificate\(s\) issued/).count(), { timeout: 20_000 }).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(shots, 'checkin-issue-certificates-1440.png') })
    await page.goto(`${site}/admin`)
    await expect.poll(() => page.getByTestId('dashboard-check-ins').first().textContent(), { timeout: 20_000 }).toBeTruthy()
    await page.screenshot({ fullPage: true, path: path.join(shots, 'checkin-dashboard-1440.png') })

    const dir = (await import('vitest')).inject('mailDir')
    const certificateMail = () => fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => fs.readFileSync(path.join(dir, f), 'latin1')).find((m) => m.includes(`To: ${buyer.email}`) && m.includes('X-Ticketing-Template: certificates'))
    await expect.poll(certificateMail, { timeout: 30_000 }).toBeTruthy()
    const part = certificateMail()!.split(/\r?\n--/).find((p) => /Content-Type: application\/pdf/i.test(p))!
    const pdf = Buffer.from(part.split(/\r?\n\r?\n/).slice(1).join('\n').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64')
    fs.writeFileSync(path.join(shots, 'checkin-certificate.pdf'), pdf)
    const [url] = readQrCodes(pdf)
    expect(url).toMatch(new RegExp(`^${site}/fr/certificates/AT\\d{4}-\\d{5}\\?c=[A-Z0-9]{10}$`))
    const phone = await browser.newPage({ viewport: { height: 844, width: 390 } })
    await phone.goto(url!)
    await expect.poll(() => phone.getByTestId('certificate-status').getAttribute('data-status')).toBe('VALID')
    expect(await phone.locator('main, body').first().textContent()).toContain(buyer.name)
    await phone.screenshot({ fullPage: true, path: path.join(shots, 'checkin-certificate-valid-390.png') })
    await phone.goto(url!.replace(/c=[A-Z0-9]+$/, 'c=WRONGCODE0'))
    await expect.poll(() => phone.getByTestId('certificate-status').getAttribute('data-status')).toBe('NOT_FOUND')
    await page.close()
    await phone.close()
  })
})
