import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './helpers'
import { bookingOf, createEvent, expectTotal, localPayload, money, referenceFrom, screenshot, site } from './bookingSteps'

// Booking with the keyboard only (Tab, typing, arrows, Enter): every control is reachable in a
// sensible order, and a failed attempt moves the focus to the error summary.
let browser: Browser

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return { id: el?.id ?? '', role: el?.getAttribute('role') ?? '', tag: el?.tagName ?? '', text: (el?.textContent ?? '').trim() }
  })

/** Presses Tab until the focus is on what `matches` accepts; fails if it never gets there. */
const tabTo = async (page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) => {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (matches(await focused(page))) return
  }
  throw new Error(`never reached by Tab; focus is on ${JSON.stringify(await focused(page))}`)
}

beforeAll(async () => {
  browser = await launchChromium()
  await createEvent(await localPayload(), 'book-e2e-keyboard', { groupDiscountPercent: 10, groupMinimum: 2 })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('keyboard only', () => {
  it('books and pays without a mouse', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    await page.goto(`${site}/fr/book/book-e2e-keyboard`)
    await expectTotal(page, money(45000, 'fr'))

    // Sending the empty form: the summary takes the focus and links to the first field in error.
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Continuer vers le paiement'))
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await focused(page)).role).toBe('alert')
    expect((await focused(page)).text).toContain('Votre nom ne peut pas être vide.')
    await screenshot(page, 'form-errors')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect((await focused(page)).id).toBe('field-buyer-name')
    await page.keyboard.type('Hugo Lefèvre')
    await page.keyboard.press('Tab')
    expect((await focused(page)).id).toBe('field-buyer-email')
    await page.keyboard.type('hugo.keyboard@example.com')

    // Back up to the quantity (Shift+Tab), two seats with the arrow key.
    for (let i = 0; i < 10 && (await focused(page)).id !== 'field-quantity'; i++) await page.keyboard.press('Shift+Tab')
    expect((await focused(page)).id).toBe('field-quantity')
    await page.keyboard.press('ArrowDown')
    await expectTotal(page, money(81000, 'fr'))

    await tabTo(page, (f) => f.id === 'field-attendees-1-name')
    await page.keyboard.type('Léa Lefèvre')
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Continuer vers le paiement'))
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/fr\/book\/pay\//, { timeout: 30_000 })
    const reference = referenceFrom(page.url())

    await page.getByRole('button', { name: 'Paiement accepté' }).waitFor({ timeout: 30_000 })
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Paiement accepté')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/fr\/book\/confirmation\//, { timeout: 30_000 })
    await expect.poll(() => page.getByTestId('booking-status').textContent(), { timeout: 30_000 }).toBe('Réservation confirmée')
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('Ajouter au calendrier'))

    expect((await bookingOf(page, reference)).body).toMatchObject({
      attendees: [expect.objectContaining({ name: 'Hugo Lefèvre' }), expect.objectContaining({ name: 'Léa Lefèvre' })],
      status: 'CONFIRMED',
      ticketType: 'GROUP',
      total: 81000,
    })
    await page.close()
  })
})
