import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './helpers'
import { bookingOf, createEvent, expectTotal, fillForm, intentsOf, linkIn, localPayload, mailTo, money, norm, referenceFrom, screenshot, site } from './bookingSteps'

// The visitor's booking flow against the production build: form → payment (the emulator's test
// panel) → confirmation updated by Stripe's webhook → confirmation email over SMTP.
let browser: Browser
let payload: Payload

beforeAll(async () => {
  browser = await launchChromium()
  payload = await localPayload()
  // Group discount, no early bird: 3 × 450.00 − 10 % = 1,215.00.
  await createEvent(payload, 'book-e2e-group', { groupDiscountPercent: 10, groupMinimum: 3 })
  await createEvent(payload, 'book-e2e-english', { city: 'Montréal', currency: 'CAD', regularPrice: 59500, timezone: 'America/Toronto' })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('booking in French', () => {
  it('books 3 seats with the group discount, pays, sees CONFIRMED live and receives the email', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    await page.goto(`${site}/fr/book/book-e2e-group`)
    expect(await page.getAttribute('html', 'lang')).toBe('fr')
    await expectTotal(page, money(45000, 'fr'))
    await fillForm(page, { attendees: ['Louis Martin', 'Jeanne Martin'], email: 'camille.e2e@example.com', name: 'Camille Martin', quantity: 3 })
    await expectTotal(page, money(121500, 'fr'))
    expect(norm(await page.getByTestId('quote').textContent())).toContain('Remise de groupe : −10 %')
    // The buyer is the first attendee unless changed.
    expect(await page.locator('#field-attendees-0-name').inputValue()).toBe('Camille Martin')
    await screenshot(page, 'form-fr')

    await page.getByRole('button', { name: /Continuer vers le paiement/ }).click()
    await page.waitForURL(/\/fr\/book\/pay\/MC\d{4}-/, { timeout: 30_000 })
    const reference = referenceFrom(page.url())
    await page.getByRole('button', { name: 'Paiement accepté' }).waitFor({ timeout: 30_000 })
    expect(norm(await page.getByTestId('booking-total').textContent())).toBe(money(121500, 'fr'))
    await expect.poll(() => page.getByTestId('countdown').textContent()).toMatch(/^1[0-5]:\d\d$/)
    await screenshot(page, 'pay-fr')

    await page.getByRole('button', { name: 'Paiement accepté' }).click()
    await page.waitForURL(new RegExp(`/fr/book/confirmation/${reference}$`), { timeout: 30_000 })
    await expect.poll(() => page.getByTestId('booking-status').textContent(), { timeout: 30_000 }).toBe('Réservation confirmée')
    const codes = await page.getByTestId('ticket-code').allTextContents()
    expect(codes).toHaveLength(3)
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/)
    expect(norm(await page.getByRole('table').textContent())).toContain('Jeanne Martin')
    await screenshot(page, 'confirmation-fr')

    const { body } = await bookingOf(page, reference)
    expect(body).toMatchObject({ discount: 13500, paymentStatus: 'PAID', quantity: 3, status: 'CONFIRMED', ticketType: 'GROUP', total: 121500 })
    expect(await intentsOf(reference)).toHaveLength(1)

    // The .ics download of "add to calendar".
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Ajouter au calendrier/ }).click()])
    expect(download.suggestedFilename()).toBe(`${reference}.ics`)

    await expect.poll(() => mailTo('camille.e2e@example.com').filter((m) => m.includes(reference)).length, { timeout: 60_000 }).toBe(1)
    const [mail] = mailTo('camille.e2e@example.com').filter((m) => m.includes(reference))
    expect(mail).toContain('X-Ticketing-Template: confirmation')
    // The email's link opens the booking on another device (no stored token): the view token is in its fragment.
    const link = linkIn(mail, 'confirmation', reference)
    expect(link).toMatch(new RegExp(`^${site}/fr/book/confirmation/${reference}#t=`))
    const elsewhere = await browser.newContext()
    const other = await elsewhere.newPage()
    await other.goto(link!)
    await expect.poll(() => other.getByTestId('booking-status').textContent(), { timeout: 30_000 }).toBe('Réservation confirmée')
    expect(await other.getByTestId('ticket-code').allTextContents()).toEqual(codes)
    await elsewhere.close()
    await page.close()
  })
})

describe('booking in English', () => {
  it('runs the whole flow in English, prices in the event’s currency', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    await page.goto(`${site}/en/book/book-e2e-english`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await fillForm(page, { attendees: ['Sam Tremblay'], email: 'alex.e2e@example.com', name: 'Alex Tremblay', quantity: 2 })
    await expectTotal(page, money(119000, 'en', 'CAD'))
    await screenshot(page, 'form-en')
    await page.getByRole('button', { name: /Continue to payment/ }).click()
    await page.waitForURL(/\/en\/book\/pay\//, { timeout: 30_000 })
    const reference = referenceFrom(page.url())
    await page.getByRole('button', { name: 'Payment succeeds' }).waitFor({ timeout: 30_000 })
    await screenshot(page, 'pay-en')
    await page.getByRole('button', { name: 'Payment succeeds' }).click()
    await page.waitForURL(/\/en\/book\/confirmation\//, { timeout: 30_000 })
    await expect.poll(() => page.getByTestId('booking-status').textContent(), { timeout: 30_000 }).toBe('Booking confirmed')
    expect(norm(await page.getByTestId('booking-total').textContent())).toBe(money(119000, 'en', 'CAD'))
    await screenshot(page, 'confirmation-en')
    expect((await bookingOf(page, reference)).body).toMatchObject({ currency: 'CAD', status: 'CONFIRMED', total: 119000 })
    await page.close()
  })
})
