import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createEvent, localPayload, norm, site } from './bookingSteps'
import { api, launchChromium, signIn } from './helpers'

// Promo codes and waiting lists in the admin (production build, Chromium): the dashboard's
// figures, the lists, and "Offer free seats now".
const staff = { email: 'e2e-sales-admin@example.com', password: 'e2e-password-456' }
const shots = path.resolve('test-results/screenshots')
let browser: Browser
let payload: Payload
let hold: { accessToken: string; reference: string }

const shoot = async (page: Page, name: string) => {
  fs.mkdirSync(shots, { recursive: true })
  for (const width of [1440, 390]) {
    await page.setViewportSize({ height: 900, width })
    await page.screenshot({ fullPage: true, path: path.join(shots, `admin-${name}-${width}.png`) })
  }
  await page.setViewportSize({ height: 900, width: 1440 })
}

beforeAll(async () => {
  browser = await launchChromium()
  payload = await localPayload()
  await payload.create({ collection: 'users', data: { ...staff, roles: ['admin'] } as never })
  await createEvent(payload, 'admin-promo-e2e')
  await createEvent(payload, 'admin-waitlist-e2e', { capacity: 1 })
  await payload.create({ collection: 'promo-codes', data: { code: 'E2E-ADMIN-FREE', kind: 'PERCENT', maxSeats: 50, percent: 100 } as never })
  const free = await api(site, 'POST', '/ticketing/bookings', { buyer: { email: 'free.admin@example.com', name: 'Free' }, eventId: 'admin-promo-e2e', promoCode: 'e2e-admin-free', quantity: 1 }, { 'X-Forwarded-For': '10.90.0.1' })
  expect(free.body).toMatchObject({ status: 'CONFIRMED', total: 0 })
  const held = await api(site, 'POST', '/ticketing/bookings', { buyer: { email: 'holder.admin@example.com', name: 'Holder' }, eventId: 'admin-waitlist-e2e', quantity: 1 }, { 'X-Forwarded-For': '10.90.0.2' })
  hold = held.body
  const joined = await api(site, 'POST', '/ticketing/events/admin-waitlist-e2e/waitlist', { email: 'waiting.admin@example.com', name: 'Waiting Person', quantity: 1 }, { 'X-Forwarded-For': '10.90.0.3' })
  expect(joined.status).toBe(201)
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('promo codes and waiting lists in the admin', () => {
  it('the dashboard shows each code’s uses and each event’s waiting list; "Offer free seats now" offers a seat that came back', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1440 } })
    await signIn(page, site, staff.email, staff.password)
    await page.goto(`${site}/admin`)
    const promo = page.locator('section[aria-labelledby="ticketing-promo-codes"]')
    await promo.waitFor({ timeout: 30_000 })
    expect(norm(await promo.locator('tr', { hasText: 'E2E-ADMIN-FREE' }).textContent())).toContain('1 / 50')
    expect(norm(await promo.textContent())).toContain('€450.00')
    const waiting = page.locator('section[aria-labelledby="ticketing-waitlists"]')
    expect(norm(await waiting.locator('tr', { hasText: 'admin-waitlist-e2e' }).textContent())).toContain('1 (1)')
    await shoot(page, 'dashboard-promo-waitlist')

    await page.goto(`${site}/admin/collections/promo-codes`)
    await page.getByText('E2E-ADMIN-FREE').first().waitFor({ timeout: 30_000 })
    await shoot(page, 'promo-codes')

    // The seat comes back; the entry's page offers it at once.
    expect((await api(site, 'POST', `/ticketing/bookings/${hold.reference}/cancel`, {}, { Authorization: `Bearer ${hold.accessToken}` })).status).toBe(200)
    await page.goto(`${site}/admin/collections/waitlist-entries`)
    await page.getByText('Waiting Person').first().waitFor({ timeout: 30_000 })
    await shoot(page, 'waitlist-entries')
    const [listed] = (await payload.find({ collection: 'waitlist-entries', where: { email: { equals: 'waiting.admin@example.com' } } })).docs
    await page.goto(`${site}/admin/collections/waitlist-entries/${listed!.id}`)
    await page.getByRole('button', { name: 'Offer free seats now' }).click()
    await page.getByRole('status').filter({ hasText: '1 offer(s) made.' }).waitFor({ timeout: 20_000 })
    const [entry] = (await payload.find({ collection: 'waitlist-entries', where: { email: { equals: 'waiting.admin@example.com' } } })).docs
    expect(entry).toMatchObject({ offeredQuantity: 1, status: 'OFFERED' })
    await shoot(page, 'waitlist-entry')
    await page.close()
  })
})
