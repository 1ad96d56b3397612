import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bookingOf, createEvent, expectTotal, fillForm, localPayload, money, norm, referenceFrom, screenshot, site } from './bookingSteps'
import { launchChromium } from './helpers'

// A visitor types a promo code on the booking form (the production build, Chromium).
let browser: Browser
let payload: Payload

beforeAll(async () => {
  browser = await launchChromium()
  payload = await localPayload()
  await createEvent(payload, 'promo-e2e')
  await payload.create({ collection: 'promo-codes', data: { code: 'E2E-PRINTEMPS', kind: 'PERCENT', maxSeats: 5, percent: 20 } as never })
  await payload.create({ collection: 'promo-codes', data: { code: 'E2E-OFFERT', kind: 'PERCENT', percent: 100 } as never })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('promo codes on the booking form', () => {
  it('a wrong code is refused at the field; a valid one shows its discount in the live price and the booking is held at that price', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    await page.goto(`${site}/fr/book/promo-e2e`)
    await expectTotal(page, money(45000, 'fr'))
    await fillForm(page, { attendees: ['Paul Durand'], email: 'promo.e2e@example.com', name: 'Claire Durand', quantity: 2 })
    await expectTotal(page, money(90000, 'fr'))

    await page.locator('#field-promoCode').fill('pas-un-code')
    await page.getByRole('button', { name: 'Appliquer' }).click()
    await expect.poll(() => page.locator('#promoCode-error').textContent(), { timeout: 20_000 }).toBe('Ce code n’existe pas. Vérifiez son orthographe.')
    await expectTotal(page, money(90000, 'fr'))

    await page.locator('#field-promoCode').fill('e2e-printemps')
    await page.getByRole('button', { name: 'Appliquer' }).click()
    await expectTotal(page, money(72000, 'fr'))
    expect(norm(await page.getByTestId('quote-promo').textContent())).toBe(`Code promo E2E-PRINTEMPS−${money(18000, 'fr')}`)
    await screenshot(page, 'promo-form-fr')

    await page.getByRole('button', { name: /Continuer vers le paiement/ }).click()
    await page.waitForURL(/\/fr\/book\/pay\//, { timeout: 30_000 })
    const reference = referenceFrom(page.url())
    const { body } = await bookingOf(page, reference)
    expect(body).toMatchObject({ promoCode: 'E2E-PRINTEMPS', promoDiscount: 18000, status: 'PENDING', total: 72000 })
    await page.close()
  })

  it('a 100 % code books for free in English: confirmed at once, no payment step', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 390 } })
    await page.goto(`${site}/en/book/promo-e2e`)
    await fillForm(page, { email: 'free.e2e@example.com', name: 'Sam Free', quantity: 1 })
    await page.locator('#field-promoCode').fill('E2E-OFFERT')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expectTotal(page, money(0, 'en'))
    expect(norm(await page.getByTestId('quote-promo').textContent())).toBe(`Promo code E2E-OFFERT−${money(45000, 'en')}`)
    await screenshot(page, 'promo-free-en')
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL(/\/en\/book\/confirmation\//, { timeout: 30_000 })
    const { body } = await bookingOf(page, referenceFrom(page.url()))
    expect(body).toMatchObject({ paymentStatus: 'PAID', promoDiscount: 45000, status: 'CONFIRMED', total: 0 })
    await page.close()
  })
})
