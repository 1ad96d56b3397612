import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './helpers'
import { bookDirectly, bookingOf, createEvent, expectTotal, fillForm, intentsOf, linkIn, localPayload, mailTo, money, norm, referenceFrom, screenshot, site } from './bookingSteps'

// What can go wrong while booking, against the production build: each problem is said in place,
// with the way forward, and nothing is booked or charged twice.
let browser: Browser
let payload: Payload

const summary = (page: Page) => page.locator('[role="alert"][tabindex="-1"]')
/** The text of the problem box that holds the focus ('' while the focus is elsewhere). */
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'alert' ? (document.activeElement.textContent ?? '') : ''))

const toPayPage = async (page: Page, slug: string, email: string) => {
  await page.goto(`${site}/fr/book/${slug}`)
  await fillForm(page, { email, name: 'Inès Garnier', quantity: 1 })
  await expectTotal(page, money(45000, 'fr'))
  await page.getByRole('button', { name: /Continuer vers le paiement/ }).click()
  await page.waitForURL(/\/fr\/book\/pay\//, { timeout: 30_000 })
  await page.getByRole('button', { name: 'Paiement accepté' }).waitFor({ timeout: 30_000 })
  return referenceFrom(page.url())
}

beforeAll(async () => {
  browser = await launchChromium()
  payload = await localPayload()
  await createEvent(payload, 'book-e2e-decline')
  await createEvent(payload, 'book-e2e-last-seats', { capacity: 2 })
  await createEvent(payload, 'book-e2e-price', { regularPrice: 30000 })
  await createEvent(payload, 'book-e2e-hold')
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('payment problems', () => {
  it('a declined card can be retried while the hold lasts, also from the payment-failed email on another device', async () => {
    const page = await browser.newPage()
    const reference = await toPayPage(page, 'book-e2e-decline', 'ines.decline@example.com')
    await page.reload()
    await page.getByRole('button', { name: 'Carte refusée' }).waitFor({ timeout: 30_000 })
    expect(await intentsOf(reference)).toHaveLength(1)
    await page.getByRole('button', { name: 'Carte refusée' }).click()
    await expect.poll(() => focusedText(page), { timeout: 20_000 }).toContain('Paiement refusé')
    await screenshot(page, 'pay-declined')
    await expect.poll(async () => (await bookingOf(page, reference)).body.paymentStatus, { timeout: 20_000 }).toBe('FAILED')

    await expect.poll(() => mailTo('ines.decline@example.com').some((m) => m.includes('X-Ticketing-Template: paymentFailed')), { timeout: 60_000 }).toBe(true)
    const retry = linkIn(mailTo('ines.decline@example.com').find((m) => m.includes('paymentFailed'))!, 'pay', reference)
    expect(retry).not.toBeNull()
    const elsewhere = await browser.newContext()
    const other = await elsewhere.newPage()
    await other.goto(retry!)
    await other.getByRole('button', { name: 'Paiement accepté' }).click({ timeout: 30_000 })
    await other.waitForURL(new RegExp(`/fr/book/confirmation/${reference}$`), { timeout: 30_000 })
    await expect.poll(() => other.getByTestId('booking-status').textContent(), { timeout: 30_000 }).toBe('Réservation confirmée')
    expect(await intentsOf(reference)).toEqual([expect.objectContaining({ status: 'succeeded' })])
    await elsewhere.close()
    await page.close()
  })

  it('says when the hold has run out and offers to start again', async () => {
    const page = await browser.newPage()
    const reference = await toPayPage(page, 'book-e2e-hold', 'ines.hold@example.com')
    const db = (payload.db as unknown as PostgresAdapter).drizzle
    await db.execute(sql`UPDATE bookings SET expires_at = now() + interval '3 seconds' WHERE reference = ${reference}`)
    await page.reload()
    await expect.poll(() => focusedText(page), { timeout: 30_000 }).toContain('Le délai est écoulé')
    expect(await page.getByRole('button', { name: 'Paiement accepté' }).count()).toBe(0)
    await screenshot(page, 'pay-expired')
    await page.getByRole('link', { name: 'Recommencer' }).click()
    await page.waitForURL(`${site}/fr/book/book-e2e-hold`)
    expect(await intentsOf(reference)).toHaveLength(1)
    await page.close()
  })
})

describe('seats and prices that change while the visitor fills the form', () => {
  it('shows not enough seats with the number left, then sold out, in place', async () => {
    const page = await browser.newPage()
    await page.goto(`${site}/fr/book/book-e2e-last-seats`)
    await fillForm(page, { attendees: ['Paul Garnier'], email: 'ines.seats@example.com', name: 'Inès Garnier', quantity: 2 })
    await expectTotal(page, money(90000, 'fr'))
    await bookDirectly('book-e2e-last-seats', 1, 1)
    await page.getByRole('button', { name: /Continuer vers le paiement/ }).click()
    await expect.poll(() => focusedText(page), { timeout: 20_000 }).toContain('Il ne reste que 1 place.')
    await screenshot(page, 'form-insufficient')
    await page.getByRole('button', { name: 'Réserver la dernière place' }).click()
    await expectTotal(page, money(45000, 'fr'))
    await bookDirectly('book-e2e-last-seats', 1, 2)
    await page.getByRole('button', { name: /Continuer vers le paiement/ }).click()
    await expect.poll(() => focusedText(page), { timeout: 20_000 }).toContain('Cet événement est complet')
    expect(norm(await summary(page).textContent())).toContain('Complet')
    await screenshot(page, 'form-sold-out')
    expect(page.url()).toBe(`${site}/fr/book/book-e2e-last-seats`)
    // Arriving later: the page says it is sold out and offers no booking.
    await page.reload()
    await expect.poll(() => page.getByTestId('quote').textContent().then(norm), { timeout: 20_000 }).toContain('Cet événement est complet.')
    expect(await page.getByRole('button', { name: /Continuer vers le paiement/ }).isDisabled()).toBe(true)
    await page.close()
  })

  it('shows PRICE_CHANGED with the new price to accept, then books at that price', async () => {
    const page = await browser.newPage()
    await page.goto(`${site}/fr/book/book-e2e-price`)
    await fillForm(page, { email: 'ines.price@example.com', name: 'Inès Garnier', quantity: 1 })
    await expectTotal(page, money(30000, 'fr'))
    const [event] = (await payload.find({ collection: 'city-events', where: { slug: { equals: 'book-e2e-price' } } })).docs
    await payload.update({ collection: 'city-events', data: { regularPrice: 32000 }, id: event.id })
    await page.getByRole('button', { name: /Continuer vers le paiement/ }).click()
    await expect.poll(() => focusedText(page), { timeout: 20_000 }).toContain('Le prix a changé')
    expect(norm(await summary(page).textContent())).toContain(`Le nouveau total est de ${money(32000, 'fr')}`)
    await expectTotal(page, money(32000, 'fr'))
    await screenshot(page, 'form-price-changed')
    await page.getByRole('button', { name: /Accepter le nouveau total/ }).click()
    await page.waitForURL(/\/fr\/book\/pay\//, { timeout: 30_000 })
    const { body } = await bookingOf(page, referenceFrom(page.url()))
    expect(body).toMatchObject({ status: 'PENDING', total: 32000, unitPrice: 32000 })
    await page.close()
  })
})
