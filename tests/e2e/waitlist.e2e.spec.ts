import { createLocalReq, type Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runWaitlistOffers } from '../../plugins/ticketing/src/operations/waitlist/runWaitlistOffers'
import { sanitizeConfig } from '../../plugins/ticketing/src/sanitizeConfig'
import { bookingOf, createEvent, localPayload, mailTo, norm, referenceFrom, screenshot, site } from './bookingSteps'
import { launchChromium } from './helpers'

// A visitor joins the waiting list of a sold-out event; a seat comes back; the offer email
// (real SMTP) leads to the booking form, filled in, and the booking completes (production build).
let browser: Browser
let payload: Payload
let hold: { accessToken: string; reference: string }

beforeAll(async () => {
  browser = await launchChromium()
  payload = await localPayload()
  await createEvent(payload, 'waitlist-e2e', { capacity: 1 })
  const res = await fetch(`${site}/api/ticketing/bookings`, {
    body: JSON.stringify({ buyer: { email: 'first.e2e@example.com', name: 'First Buyer' }, eventId: 'waitlist-e2e', quantity: 1 }),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '10.88.0.1' },
    method: 'POST',
  })
  expect(res.status).toBe(201)
  hold = await res.json()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('the waiting list in the browser', () => {
  it('joins from the sold-out event page, gets the offer by email when a seat comes back, and books from its link', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    await page.goto(`${site}/fr/events/waitlist-e2e`)
    await page.getByRole('heading', { name: 'S’inscrire sur la liste d’attente' }).waitFor({ timeout: 30_000 })
    await page.locator('#waitlist-name').fill('Léa Attente')
    await page.locator('#waitlist-email').fill('lea.waitlist@example.com')
    await screenshot(page, 'waitlist-join-fr')
    await page.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click()
    await expect.poll(() => page.getByTestId('waitlist-entry').textContent().then(norm), { timeout: 20_000 }).toContain('Vous êtes n° 1 sur la liste d’attente pour 1 place.')
    await screenshot(page, 'waitlist-joined-fr')

    // The seat comes back: its holder cancels; the offer pass (the job's, run now) offers it.
    const cancelled = await fetch(`${site}/api/ticketing/bookings/${hold.reference}/cancel`, { headers: { Authorization: `Bearer ${hold.accessToken}` }, method: 'POST' })
    expect(cancelled.status).toBe(200)
    const result = await runWaitlistOffers({ config: sanitizeConfig({}, payload.config as never), req: await createLocalReq({}, payload) })
    expect(result.offered).toBe(1)

    await expect.poll(() => mailTo('lea.waitlist@example.com').length, { timeout: 60_000 }).toBe(1)
    const [mail] = mailTo('lea.waitlist@example.com')
    expect(mail).toContain('X-Ticketing-Template: waitlistOffer')
    expect(mail).toContain('Des places se sont libérées')
    const link = new RegExp(`https?://[^\\s"<>]+/fr/book/waitlist-e2e\\?offer=w1\\.\\d+\\.[A-Za-z0-9_-]{43}`).exec(mail)?.[0]
    expect(link).toBeTruthy()

    // Another device: the link alone opens the form, filled in from the entry.
    const context = await browser.newContext({ viewport: { height: 900, width: 1280 } })
    const offerPage = await context.newPage()
    await offerPage.goto(link!)
    await offerPage.getByTestId('waitlist-offer').waitFor({ timeout: 30_000 })
    await expect.poll(() => offerPage.locator('#field-buyer-email').inputValue(), { timeout: 20_000 }).toBe('lea.waitlist@example.com')
    expect(await offerPage.locator('#field-buyer-name').inputValue()).toBe('Léa Attente')
    await screenshot(offerPage, 'waitlist-offer-fr')
    await offerPage.getByRole('button', { name: /Continuer vers le paiement/ }).click()
    await offerPage.waitForURL(/\/fr\/book\/pay\//, { timeout: 30_000 })
    const reference = referenceFrom(offerPage.url())
    await offerPage.getByRole('button', { name: 'Paiement accepté' }).click()
    await offerPage.waitForURL(new RegExp(`/fr/book/confirmation/${reference}$`), { timeout: 30_000 })
    await expect.poll(() => offerPage.getByTestId('booking-status').textContent(), { timeout: 30_000 }).toBe('Réservation confirmée')
    const { body } = await bookingOf(offerPage, reference)
    expect(body).toMatchObject({ buyer: { email: 'lea.waitlist@example.com' }, quantity: 1, status: 'CONFIRMED' })
    await context.close()
    await page.close()
  })
})
