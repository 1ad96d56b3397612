import fs from 'node:fs'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { buildSiteConfig } from '../../payload.config'
import { untranslatedTexts } from './adminTexts'
import { api, launchChromium, signIn } from './helpers'
import { PRODUCTION_SECRET } from './productionEnv'

import { demoSellers } from '../../src/seed/demoSellers'

const site = inject('siteUrl')
const emulator = inject('emulatorUrl')
const admin = { email: 'e2e-admin@example.com', password: 'e2e-password-123' }
let browser: Browser
let jwt: string
let eventId: number
let bookingId: number

const control = (route: string, body: object = {}) =>
  fetch(`${emulator}/_emulator/${route}`, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, method: 'POST' })

beforeAll(async () => {
  browser = await launchChromium()
  // The first user of the site registers itself; when another test file came first, the admin
  // is made over the Local API (same database) and signs in.
  const registered = await api(site, 'POST', '/users/first-register', { ...admin, roles: ['admin'] })
  if (registered.status !== 200 && registered.status !== 201) {
    process.env.DATABASE_URL = inject('databaseUrl')
    process.env.PAYLOAD_SECRET = PRODUCTION_SECRET
    process.env.TICKETING_RUN_JOBS = 'false'
    const { getPayload } = await import('payload')
    const payload = await getPayload({ config: await buildSiteConfig() })
    await payload.create({ collection: 'users', data: { ...admin, roles: ['admin'] } as never })
  }
  jwt = registered.body.token ?? (await api(site, 'POST', '/users/login', admin, { 'X-Forwarded-For': '10.9.9.9' })).body.token
  const auth = { Authorization: `JWT ${jwt}` }
  // The tour's French seller: the one another test file made, else made here (sellers never share a number series).
  const existing = await api(site, 'GET', `/sellers?where[invoicePrefix][equals]=${demoSellers.france.invoicePrefix}`, undefined, auth)
  const sellerId = existing.body.docs?.[0]?.id ?? (await api(site, 'POST', '/sellers', demoSellers.france, auth)).body.doc.id
  const event = await api(site, 'POST', '/city-events', {
    seller: sellerId,
    capacity: 20, city: 'Paris', country: 'FR', currency: 'EUR', regularPrice: 45000, slug: 'e2e-paris',
    startsAt: new Date(Date.now() + 60 * 86_400_000).toISOString(), status: 'PUBLISHED', timezone: 'Europe/Paris', title: 'E2E Paris',
  }, auth)
  eventId = event.body.doc.id
  const booking = await api(site, 'POST', '/ticketing/bookings', { buyer: { email: 'buyer@example.com', name: 'Camille Martin' }, eventId, quantity: 1 }, { 'X-Forwarded-For': '10.1.1.1' })
  const intent = await api(site, 'POST', `/ticketing/bookings/${booking.body.reference}/payment-intent`, {}, { Authorization: `Bearer ${booking.body.accessToken}`, 'X-Forwarded-For': '10.1.1.1' })
  await control(`payment_intents/${intent.body.paymentIntentId}/succeed`)
  await control('webhooks/wait', { timeoutMs: 20_000 })
  // Webhooks are answered once stored and processed just after: wait for the confirmation itself.
  const find = async () => (await api(site, 'GET', `/bookings?where[reference][equals]=${booking.body.reference}`, undefined, auth)).body.docs[0]
  const deadline = Date.now() + 20_000
  let found = await find()
  while (found?.status !== 'CONFIRMED' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    found = await find()
  }
  if (found?.status !== 'CONFIRMED') throw new Error(`the paid booking was not confirmed: ${JSON.stringify(found)}`)
  bookingId = found.id
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('admin, in Chromium', () => {
  it('refunds part of a paid booking from its admin page; the webhook records it', async () => {
    const page = await browser.newPage()
    await signIn(page, site, admin.email, admin.password)
    await page.goto(`${site}/admin/collections/bookings/${bookingId}`)
    // A decimal comma is fine; the dialog says what goes back and what stays paid before anything moves.
    await page.locator('section.booking-actions[data-ready]').waitFor({ timeout: 20_000 })
    await page.getByRole('textbox', { name: 'Amount to refund (EUR)' }).fill('100,50')
    await page.getByRole('button', { name: 'Refund…' }).click()
    await expect.poll(() => page.getByText('€100.50 goes back to the buyer; €349.50 stays paid.').count(), { timeout: 20_000 }).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Refund €100.50' }).click()
    await expect.poll(() => page.getByText(/Refund of €100\.50 sent to Stripe/).count(), { timeout: 20_000 }).toBe(1)
    await control('webhooks/wait', { timeoutMs: 20_000 })
    const read = async () => (await api(site, 'GET', `/bookings/${bookingId}`, undefined, { Authorization: `JWT ${jwt}` })).body
    await expect.poll(async () => (await read()).amountRefunded, { timeout: 20_000 }).toBe(10050)
    expect(await read()).toMatchObject({ amountRefunded: 10050, paymentStatus: 'PARTIALLY_REFUNDED', status: 'CONFIRMED' })
    // The booking's page shows its emails and its ledger timeline: the payment, then the refund.
    await page.reload()
    const ledger = page.locator('section[aria-labelledby="booking-activity-ledger"] li')
    await expect.poll(() => ledger.allInnerTexts(), { timeout: 20_000 }).toEqual([expect.stringMatching(/Payment[\s\S]*€450\.00[\s\S]*Succeeded/), expect.stringMatching(/Refund[\s\S]*-€100\.50[\s\S]*Succeeded/)])
    const emails = page.locator('section[aria-labelledby="booking-activity-emails"] tbody tr')
    await expect.poll(() => emails.first().innerText(), { timeout: 20_000 }).toMatch(/Confirmation/)
    fs.mkdirSync('test-results/screenshots', { recursive: true })
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/admin-booking-activity.png' })
    await page.close()
  })

  it("shows admins the booking's audit entries, and exports or refuses to erase the buyer's data from the list", async () => {
    const auth = { Authorization: `JWT ${jwt}` }
    expect((await api(site, 'PATCH', `/bookings/${bookingId}`, { buyer: { phone: '+33612345678' } }, auth)).status).toBe(200)
    const page = await browser.newPage({ acceptDownloads: true, viewport: { height: 900, width: 1280 } })
    await signIn(page, site, admin.email, admin.password)
    await page.goto(`${site}/admin/collections/bookings/${bookingId}`)
    const entries = page.locator('section[aria-labelledby="booking-activity-audit"] li[data-audit-action]')
    await expect.poll(() => entries.allInnerTexts(), { timeout: 20_000 }).toEqual([
      // Its details named and in words: the reason, Stripe’s refund and its status.
      expect.stringMatching(/^(?=[\s\S]*Stripe refund: re_\w+)(?=[\s\S]*Status: (Succeeded|Pending))[\s\S]*Refund[\s\S]*e2e-admin@example\.com[\s\S]*€100\.50 · Reason: requested by the customer/),
      expect.stringMatching(/Booking edited[\s\S]*buyer\.phone: — → \+33612345678/),
    ])
    fs.mkdirSync('test-results/screenshots', { recursive: true })
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/admin-booking-audit-1280.png' })
    await page.setViewportSize({ height: 900, width: 390 })
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/admin-booking-audit-390.png' })
    // Above the list: export the buyer's data, then try to erase it (confirmed for an event to come: refused).
    await page.setViewportSize({ height: 900, width: 1280 })
    await page.goto(`${site}/admin/collections/bookings`)
    const tools = page.getByRole('form', { name: 'Personal data (GDPR)' })
    await tools.getByRole('textbox', { name: 'Email address' }).fill('BUYER@example.com')
    const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Export as JSON' }).click()])
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'))
    expect(exported).toMatchObject({ bookings: [{ buyer: { email: 'buyer@example.com', phone: '+33612345678' }, paymentStatus: 'PARTIALLY_REFUNDED' }], email: 'buyer@example.com' })
    page.once('dialog', (dialog) => void dialog.accept())
    await tools.getByRole('button', { name: 'Erase…' }).click()
    await expect.poll(() => page.getByText(/Not done: This person has a booking that is still active/).count(), { timeout: 20_000 }).toBe(1)
    await page.screenshot({ path: 'test-results/screenshots/admin-bookings-privacy-1280.png' })
    await page.setViewportSize({ height: 900, width: 390 })
    await page.screenshot({ path: 'test-results/screenshots/admin-bookings-privacy-390.png' })
    // The audit log lists the export, newest first.
    await page.setViewportSize({ height: 900, width: 1280 })
    await page.goto(`${site}/admin/collections/audit-log`)
    await expect.poll(() => page.locator('table tbody tr').first().innerText(), { timeout: 20_000 }).toMatch(/Personal data exported/)
    await expect.poll(() => page.getByText('Loading...').count(), { timeout: 20_000 }).toBe(0)
    await page.screenshot({ fullPage: true, path: 'test-results/screenshots/admin-audit-log-1280.png' })
    await page.close()
  })

  it('downloads the bookings as CSV from the list, with its filters', async () => {
    const page = await browser.newPage({ acceptDownloads: true })
    await signIn(page, site, admin.email, admin.password)
    // Filtered to this file's event too: other test files confirm bookings in the same database.
    await page.goto(`${site}/admin/collections/bookings?where[or][0][and][0][status][equals]=CONFIRMED&where[or][0][and][1][cityEvent][equals]=${eventId}`)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV', exact: true }).click()])
    expect(download.url()).toContain('status=CONFIRMED')
    expect(download.url()).toContain(`event=${eventId}`)
    const text = fs.readFileSync((await download.path())!, 'utf8')
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toMatch(/^reference,event,city,startsAt,status,/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(',CONFIRMED,')
    await page.close()
  })

  it('shows and edits prices as decimals while storing minor units', async () => {
    const page = await browser.newPage()
    await signIn(page, site, admin.email, admin.password)
    await page.goto(`${site}/admin/collections/city-events/${eventId}`)
    const price = page.locator('#field-regularPrice')
    await expect.poll(() => price.inputValue(), { timeout: 20_000 }).toBe('450.00')
    await price.fill('455.50')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(async () => (await api(site, 'GET', `/city-events/${eventId}`)).body.regularPrice, { timeout: 20_000 }).toBe(45550)
    await page.close()
  })
})

describe('the admin in French and in English, at 1440 px', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`shows the dashboard, the bookings list and a booking page in ${language}, with no raw key and no label of the other language`, async () => {
      const config = await buildSiteConfig()
      const strings = config.i18n.translations as Record<string, Record<string, Record<string, string>>>
      const context = await browser.newContext({ locale: language === 'fr' ? 'fr-FR' : 'en-US', viewport: { height: 900, width: 1440 } })
      await context.addCookies([{ name: 'payload-lng', url: site, value: language }])
      const page = await context.newPage()
      await signIn(page, site, admin.email, admin.password)
      fs.mkdirSync('test-results/screenshots', { recursive: true })
      const pages = [
        { name: 'dashboard', path: '/admin', ready: '#ticketing-dashboard' },
        { name: 'bookings', path: `/admin/collections/bookings?where[and][0][cityEvent][equals]=${eventId}`, ready: 'table tbody tr .ticketing-badge' },
        { name: 'booking', path: `/admin/collections/bookings/${bookingId}`, ready: 'section[aria-labelledby="booking-activity-ledger"] li .ticketing-badge' },
      ]
      for (const { name, path, ready } of pages) {
        await page.goto(`${site}${path}`)
        await page.locator(ready).first().waitFor({ timeout: 30_000 })
        // Relationship cells load after the page: wait for them in either language.
        await expect.poll(() => page.getByText(/^(Loading|Chargement)/).count(), { timeout: 20_000 }).toBe(0)
        await page.screenshot({ fullPage: true, path: `test-results/screenshots/admin-${name}-${language}-1440.png` })
        // The dashboard names each event, in the default language when it has no title in this one.
        if (name === 'dashboard') await expect.poll(() => page.locator('section[aria-labelledby="ticketing-dashboard"] tbody').innerText()).toContain('E2E Paris')
        const texts = await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((element) => !element.closest('script, style, noscript, code') && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
            .map((element) => (element as HTMLElement).innerText?.trim() ?? ''),
        )
        expect(untranslatedTexts(texts, language, strings), `${name} page in ${language}`).toEqual([])
      }
      // Money and dates as the language writes them; the attendee and the Stripe statuses in words.
      await expect.poll(() => page.locator('[data-attendee="1"] input').inputValue()).toBe('Camille Martin')
      await expect(page.locator('section[aria-labelledby="booking-activity-ledger"] li').first().innerText()).resolves.toMatch(language === 'fr' ? /Paiement[\s\S]*450,00\u00a0€[\s\S]*Réussi/ : /Payment[\s\S]*€450\.00[\s\S]*Succeeded/)
      // The list's search finds the booking by the buyer's name (editors search this list too, and
      // may not query emails); finance and admins filter by the buyer's email.
      for (const query of ['search=camille', `where[and][1][buyer.email][like]=${encodeURIComponent('BUYER@example')}`]) {
        await page.goto(`${site}/admin/collections/bookings?${query}&where[and][0][cityEvent][equals]=${eventId}`)
        await expect.poll(() => page.locator('table tbody tr').allInnerTexts(), { timeout: 20_000 }).toEqual([expect.stringContaining('Camille Martin')])
      }
      // An editable date field speaks the admin's language from its first render.
      await page.goto(`${site}/admin/collections/city-events/${eventId}`)
      const startsAt = page.locator('.date-time-field input').first()
      await expect.poll(() => startsAt.inputValue(), { timeout: 20_000 }).toMatch(language === 'fr' ? /^\d{1,2} \S+ \d{4}, \d{2}:\d{2}$/ : /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s(AM|PM)$/)
      await page.screenshot({ fullPage: true, path: `test-results/screenshots/admin-event-${language}-1440.png` })
      await page.goto(`${site}/admin/collections/bookings/${bookingId}`)
      const total = await page.locator('[data-overview="amounts"]').innerText()
      expect(total).toContain(language === 'fr' ? '450,00\u00a0€' : '€450.00')
      await context.close()
    })
  }
})
