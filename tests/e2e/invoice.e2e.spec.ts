import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, signIn } from './helpers'
import { createEvent, fillForm, localPayload, mailTo, norm, referenceFrom, screenshot, site } from './bookingSteps'

// A buyer whose employer pays: the booking form's invoice section, the payment, then the
// invoice from the confirmation page and from the confirmation email — the same PDF.
let browser: Browser
let payload: Payload

beforeAll(async () => {
  browser = await launchChromium()
  payload = await localPayload()
  await createEvent(payload, 'invoice-e2e', { groupDiscountPercent: 10, groupMinimum: 3 })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/** The attachment named `filename` of a raw message, decoded (base64). */
const attachmentOf = (message: string, filename: string): Buffer | null => {
  const at = message.search(new RegExp(`filename="?${filename.replace(/[.-]/g, '\\$&')}`))
  if (at < 0) return null
  const start = message.indexOf('\r\n\r\n', at) + 4
  return Buffer.from(message.slice(start, message.indexOf('\r\n--', start)).replace(/\s+/g, ''), 'base64')
}

/** The raw messages the site sent that attach `filename`. */
const rawMessagesWith = (filename: string): string[] => {
  const dir = inject('mailDir')
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => fs.readFileSync(path.join(dir, file), 'latin1'))
    .filter((raw) => raw.includes(`filename=${filename}`) || raw.includes(`filename="${filename}"`))
}

const LABELS = {
  en: { check: 'Invoice to my employer / organisation', pay: 'Payment succeeds', submit: /Continue to payment/, confirmed: 'Booking confirmed', invoice: /^Invoice FA\d{4}-\d{5}/ },
  fr: { check: 'Facturer mon employeur / organisme', pay: 'Paiement accepté', submit: /Continuer vers le paiement/, confirmed: 'Réservation confirmée', invoice: /^Facture FA\d{4}-\d{5}/ },
} as const

const fillInvoice = async (page: Page, company: string) => {
  await page.locator('#field-invoice-company').fill(company)
  await page.locator('#field-invoice-address-line1').fill('24 cours de l’Intendance')
  await page.locator('#field-invoice-address-postalCode').fill('33000')
  await page.locator('#field-invoice-address-city').fill('Bordeaux')
  await page.locator('#field-invoice-address-country').fill('fr')
  await page.locator('#field-invoice-purchaseOrder').fill('BC-2026-1187')
}

describe.each(['fr', 'en'] as const)('an invoice to the employer (%s)', (locale) => {
  it('is asked for on the form, checked field by field, issued on payment and opened from the confirmation page and the email', async () => {
    const labels = LABELS[locale]
    const email = `invoice-${locale}.e2e@example.com`
    const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    await page.goto(`${site}/${locale}/book/invoice-e2e`)
    await fillForm(page, { attendees: ['Paul Durand', 'Inès Benali'], email, name: 'Claire Martin', quantity: 3 })
    await page.getByLabel(labels.check).check()
    await fillInvoice(page, 'Clinique des Tilleuls')
    // A VAT number whose check digits are wrong is refused on its own field by the server.
    await page.locator('#field-invoice-vatNumber').fill('FR00552100554')
    await page.getByRole('button', { name: labels.submit }).click()
    await expect.poll(() => page.locator('#field-invoice-vatNumber-error').textContent().then(norm), { timeout: 20_000 }).not.toBe('')
    await page.locator('#field-invoice-vatNumber').fill('FR96552100554')
    await screenshot(page, `invoice-form-${locale}`)
    await page.getByRole('button', { name: labels.submit }).click()
    await page.waitForURL(new RegExp(`/${locale}/book/pay/`), { timeout: 30_000 })
    const reference = referenceFrom(page.url())
    await page.getByRole('button', { name: labels.pay }).click()
    await page.waitForURL(new RegExp(`/${locale}/book/confirmation/${reference}$`), { timeout: 30_000 })
    await expect.poll(() => page.getByTestId('booking-status').textContent(), { timeout: 30_000 }).toBe(labels.confirmed)

    // The confirmation page lists the invoice; its link serves the PDF.
    const link = page.getByTestId('document-link').first()
    await link.waitFor({ timeout: 30_000 })
    expect(norm(await page.locator('section[aria-labelledby="booking-documents"] li').first().textContent())).toMatch(labels.invoice)
    await screenshot(page, `invoice-confirmation-${locale}`)
    const href = (await link.getAttribute('href'))!
    const fromPage = await page.request.get(href)
    expect(fromPage.status()).toBe(200)
    expect(fromPage.headers()['content-type']).toBe('application/pdf')
    const pdf = Buffer.from(await fromPage.body())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const number = /documents\/([A-Z0-9-]+)\.pdf/.exec(href)![1]

    // The confirmation email carries the same PDF (read raw: base64 is not quoted-printable).
    await expect.poll(() => mailTo(email).filter((m) => m.includes(reference)).length, { timeout: 60_000 }).toBe(1)
    const [mail] = rawMessagesWith(`${number}.pdf`)
    const attached = attachmentOf(mail, `${number}.pdf`)
    expect(attached?.equals(pdf)).toBe(true)
    const dir = path.resolve('test-results/documents')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, `invoice-${locale}.pdf`), attached!)

    // Finance sees it on the booking's admin page, with its PDF, and in the invoices list.
    const staff = { email: `finance-${locale}.e2e@example.com`, password: 'finance-e2e-password' }
    await payload.create({ collection: 'users', data: { ...staff, roles: ['finance'] } as never })
    const admin = await browser.newPage({ viewport: { height: 900, width: 1440 } })
    await signIn(admin, site, staff.email, staff.password)
    const { docs } = await payload.find({ collection: 'bookings', where: { reference: { equals: reference } } })
    await admin.goto(`${site}/admin/collections/bookings/${docs[0].id}`)
    const rows = admin.locator('section[aria-labelledby="booking-activity-invoices"] tbody tr')
    await expect.poll(() => rows.first().innerText(), { timeout: 30_000 }).toContain(number)
    const adminPdf = await admin.request.get((await rows.first().locator('a', { hasText: /PDF/ }).getAttribute('href'))!)
    expect(Buffer.from(await adminPdf.body()).equals(pdf)).toBe(true)
    fs.mkdirSync('test-results/screenshots', { recursive: true })
    await admin.screenshot({ fullPage: true, path: `test-results/screenshots/admin-booking-invoices-${locale}.png` })
    await admin.goto(`${site}/admin/collections/invoices`)
    await expect.poll(() => admin.getByText(number).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await admin.screenshot({ fullPage: true, path: `test-results/screenshots/admin-invoices-${locale}.png` })
    await admin.close()
    await page.close()
  })
})
