import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, signIn } from './helpers'
import { createEvent, expectTotal, fillForm, localPayload, money, site } from './bookingSteps'

// Security headers on every kind of response of the production build, and pages that work
// under their Content-Security-Policy in Chromium: no violation on the site, the booking flow
// (pay and confirmation pages included) or the admin.
const staff = { email: 'csp-admin@example.com', password: 'csp-password-123' }
let browser: Browser
let payload: Payload
let reference = 'MC0000-NONE'

const headersOf = async (pathname: string, init: RequestInit = {}) => (await fetch(`${site}${pathname}`, { redirect: 'manual', ...init })).headers

/** Every CSP violation a page reports (the browser's console line and the DOM event alike). */
const watchViolations = async (page: Page) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`)
    })
  })
  return violations
}

beforeAll(async () => {
  browser = await launchChromium()
  payload = await localPayload()
  await payload.create({ collection: 'users', data: { ...staff, name: 'CSP Admin', roles: ['admin'] } as never })
  await createEvent(payload, 'csp-e2e-event', { city: 'Dijon' })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('security headers', () => {
  const PATHS = ['/fr', '/en', '/fr/events/csp-e2e-event', '/en/book/csp-e2e-event', '/fr/book/pay/MC0000-NONE', '/en/book/confirmation/MC0000-NONE', '/admin', '/admin/login', '/api/ticketing/health', '/api/pages', '/api/ticketing/events/csp-e2e-event/quote']

  it.each(PATHS)('are on %s', async (pathname) => {
    const headers = await headersOf(pathname)
    expect(headers.get('content-security-policy')).toMatch(/frame-ancestors '(self|none)'/)
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('permissions-policy')).toContain('camera=()')
    // Not over plain HTTP: browsers would ignore it, and a local site must stay reachable.
    expect(headers.get('strict-transport-security')).toBeNull()
  })

  it('send HSTS when the request came over HTTPS (a TLS proxy in front)', async () => {
    for (const pathname of ['/fr', '/admin/login', '/api/ticketing/health']) {
      expect((await headersOf(pathname, { headers: { 'X-Forwarded-Proto': 'https' } })).get('strict-transport-security')).toMatch(/^max-age=\d{8}/)
    }
  })

  it('allow the camera on the check-in scanner page only', async () => {
    expect((await headersOf('/admin/check-in')).get('permissions-policy')).toContain('camera=(self)')
    expect((await headersOf('/admin/check-in/scan')).get('permissions-policy')).toContain('camera=(self)')
    expect((await headersOf('/admin/collections/bookings')).get('permissions-policy')).toContain('camera=()')
  })

  it('give pages rendered per request a fresh nonce, carried by their scripts; cached pages no nonce', async () => {
    const first = (await headersOf('/admin/login')).get('content-security-policy') ?? ''
    const second = (await headersOf('/admin/login')).get('content-security-policy') ?? ''
    const nonce = /'nonce-([^']+)'/.exec(first)?.[1]
    expect(nonce).toBeTruthy()
    expect(second).not.toContain(nonce)
    expect(first).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/)
    const res = await fetch(`${site}/fr/book/pay/MC0000-NONE`)
    const policy = res.headers.get('content-security-policy') ?? ''
    const pageNonce = /'nonce-([^']+)'/.exec(policy)?.[1]
    const html = await res.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${pageNonce}"`)
    expect((await headersOf('/fr/events/csp-e2e-event')).get('content-security-policy')).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/)
    expect((await headersOf('/api/pages')).get('content-security-policy')).toMatch(/^default-src 'none'/)
  })
})

describe('pages under their policy, in Chromium', () => {
  it('show the site pages with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    const violations = await watchViolations(page)
    for (const pathname of ['/fr', '/en', '/fr/events', '/fr/events/csp-e2e-event', '/en/events/csp-e2e-event']) {
      await page.goto(`${site}${pathname}`)
      await page.waitForLoadState('networkidle')
    }
    // The live price box filled itself from the quote endpoint (connect-src allows it).
    await page.locator('[data-price-box="ready"] [data-unit-price]').waitFor()
    expect(violations).toEqual([])
    await page.close()
  })

  it('books and pays with no CSP violation on the form, pay and confirmation pages', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    const violations = await watchViolations(page)
    await page.goto(`${site}/fr/book/csp-e2e-event`)
    await expectTotal(page, money(45000, 'fr'))
    await fillForm(page, { email: 'csp.e2e@example.com', name: 'Camille CSP', quantity: 1 })
    await page.getByRole('button', { name: /Continuer vers le paiement/ }).click()
    await page.waitForURL(/\/fr\/book\/pay\/MC\d{4}-/, { timeout: 30_000 })
    reference = /\/book\/pay\/([A-Z0-9-]+)/.exec(page.url())?.[1] ?? reference
    await page.getByRole('button', { name: 'Paiement accepté' }).click()
    await page.waitForURL(/\/fr\/book\/confirmation\//, { timeout: 30_000 })
    await expect.poll(() => page.getByTestId('booking-status').textContent(), { timeout: 30_000 }).toBe('Réservation confirmée')
    expect(violations).toEqual([])
    await page.close()
  })

  it('runs the admin and live preview with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1440 } })
    const violations = await watchViolations(page)
    await signIn(page, site, staff.email, staff.password)
    await page.waitForLoadState('networkidle')
    for (const pathname of ['/admin', '/admin/collections/bookings', '/admin/collections/city-events', '/admin/collections/pages']) {
      await page.goto(`${site}${pathname}`)
      await page.waitForLoadState('networkidle')
    }
    // A signed-in editor's preview: draft mode, the page rendered per request.
    await page.goto(`${site}/preview?path=${encodeURIComponent('/fr/events/csp-e2e-event')}`)
    await page.waitForURL(/\/fr\/events\/csp-e2e-event$/)
    await page.locator('[data-price-box="ready"]').waitFor()
    expect(await page.getByText(/Mode aperçu/).count()).toBeGreaterThan(0)
    expect(violations).toEqual([])
    await page.close()
  })
})
