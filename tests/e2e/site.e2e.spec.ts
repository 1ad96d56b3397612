import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { formatDecimal, formatMoney as formatMoneyIn } from '@masterclass/plugin-ticketing/domain'
import { frenchSeller } from './bookingSteps'
import { api, launchChromium } from './helpers'
import { PRODUCTION_SECRET } from './productionEnv'

// The marketing pages against the production build, content made through the Local API on the
// run's database (the demo tour of the seed, plus events and pages in the states under test).
const site = inject('siteUrl')
/** Prices as the site's event pages show them: cents only when there are some. */
const formatMoney = (minor: number, currency: string, locale: string) => formatMoneyIn(minor, currency, locale, { hideZeroMinor: true })
const shots = path.resolve('test-results/screenshots')
/** `days` from now at `hour`:00 UTC. */
const future = (days: number, hour = 8) => new Date(Math.floor(Date.now() / 86_400_000 + days) * 86_400_000 + hour * 3_600_000).toISOString()
let browser: Browser
let payload: Payload

const event = (slug: string, data: Record<string, unknown> = {}) => ({
  capacity: 40, city: 'Bordeaux', country: 'FR', currency: 'EUR', endsAt: future(91, 16), regularPrice: 43210, slug,
  startsAt: future(90), status: 'PUBLISHED', timezone: 'Europe/Paris', title: `Masterclass ACT — ${String(data.city ?? 'Bordeaux')}`, venueName: 'Cité du Vin', ...data,
})

const quote = async (slug: string, quantity = 1) => (await api(site, 'GET', `/ticketing/events/${slug}/quote?quantity=${quantity}`)).body

const screenshot = async (page: Page, name: string) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ height: 900, width })
    await page.screenshot({ fullPage: true, path: path.join(shots, `site-${name}-${width}.png`) })
  }
}

const open = async (pathname: string) => {
  const page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
  const response = await page.goto(`${site}${pathname}`)
  return { page, status: response?.status() }
}

const jsonLd = (page: Page) => page.locator('script[type="application/ld+json"]').first().textContent().then((text) => JSON.parse(text ?? '{}'))

beforeAll(async () => {
  process.env.DATABASE_URL = inject('databaseUrl')
  process.env.PAYLOAD_SECRET = PRODUCTION_SECRET
  process.env.TICKETING_RUN_JOBS = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { seedContent } = await import('../../src/seed/seed')
  payload = await getPayload({ config })
  await seedContent(payload, () => {})
  const seller = await frenchSeller(payload)
  const create = (data: Record<string, unknown>) => payload.create({ collection: 'city-events', data: { seller, ...data } as never, locale: 'fr' })
  await create(event('site-e2e-bordeaux'))
  await create(event('site-e2e-draft', { status: 'DRAFT', title: 'Site E2E brouillon' }))
  await create(event('site-e2e-cancelled', { city: 'Nantes', status: 'CANCELLED' }))
  await create(event('site-e2e-last-seat', { capacity: 1, city: 'Lille' }))
  await payload.create({ collection: 'pages', data: { _status: 'published', layout: [], slug: 'site-e2e-about', title: 'À propos' }, locale: 'fr' })
  await payload.create({ collection: 'pages', data: { _status: 'draft', layout: [], slug: 'site-e2e-unpublished', title: 'Brouillon' }, draft: true, locale: 'fr' })
  // The last seat is sold: the event becomes SOLD_OUT.
  const booking = await api(site, 'POST', '/ticketing/bookings', { buyer: { email: 'last@example.com', name: 'Last Seat' }, eventId: 'site-e2e-last-seat', quantity: 1 }, { 'X-Forwarded-For': '10.9.9.9' })
  expect(booking.status).toBe(201)
  fs.mkdirSync(shots, { recursive: true })
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
})

describe('home', () => {
  it.each([['fr'], ['en']] as const)('shows one tour card per city with the server’s price and seats (%s)', async (locale) => {
    const { page, status } = await open(`/${locale}`)
    expect(status).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.locator('h1').count()).toBe(1)
    for (const slug of ['paris-2027', 'lyon-2027', 'montreal-2027', 'site-e2e-bordeaux']) {
      const q = await quote(slug)
      const card = page.locator(`[data-event="${slug}"]`)
      expect(await card.locator('[data-price]').textContent()).toBe(formatMoney(q.unitPrice, q.currency, locale))
      expect(await card.locator('[data-seats]').textContent()).toContain(String(q.seatsAvailable))
    }
    // An odd price proves the card shows what the server says, in the visitor's language.
    expect((await page.locator('[data-event="site-e2e-bordeaux"] [data-price]').textContent())?.replace(/\s/g, ' ')).toBe(locale === 'fr' ? '432,10 €' : '€432.10')
    expect(await page.locator('[data-event="site-e2e-last-seat"] [data-seats]').textContent()).toBe(locale === 'fr' ? 'Complet' : 'Sold out')
    expect(await page.locator('[data-event="site-e2e-draft"]').count()).toBe(0)
    await screenshot(page, `home-${locale}`)
    await page.close()
  })
})

describe('event page', () => {
  it('shows the live price, seats left and JSON-LD offers that match the quote', async () => {
    const { page, status } = await open('/fr/events/paris-2027')
    expect(status).toBe(200)
    const q = await quote('paris-2027')
    expect(await page.locator('[data-unit-price]').textContent()).toBe(formatMoney(q.unitPrice, 'EUR', 'fr'))
    expect(await page.locator('[data-seats]').textContent()).toContain(String(q.seatsAvailable))
    const ld = await jsonLd(page)
    expect(ld).toMatchObject({ '@type': 'Event', location: { name: 'Palais des Congrès' }, startDate: '2027-03-12T08:00:00.000Z' })
    expect(ld.offers).toMatchObject({ availability: 'https://schema.org/InStock', price: formatDecimal(q.unitPrice, 'EUR'), priceCurrency: 'EUR' })
    expect(new Date(ld.offers.validFrom).toString()).not.toBe('Invalid Date')
    // Dates and hours in the event's own zone (Paris: 09:00 local is 08:00 UTC in March).
    expect(await page.locator('main').textContent()).toMatch(/9:00\s–\s17:30/)
    await screenshot(page, 'event-paris-fr')
    await page.close()
  })

  it('asks the server again when the quantity changes', async () => {
    const { page } = await open('/en/events/site-e2e-bordeaux')
    const expected = await quote('site-e2e-bordeaux', 4)
    expect(expected.ticketType).toBe('REGULAR')
    await page.selectOption('#quantity', '4')
    await expect.poll(() => page.locator('[data-total]').textContent()).toBe(formatMoney(expected.total, 'EUR', 'en'))
    expect(await page.getByRole('link', { name: 'Book 4 seats' }).getAttribute('href')).toBe('/en/book/site-e2e-bordeaux?quantity=4')
    await page.close()
  })

  it('shows the Montreal date in Montreal time and CAD', async () => {
    const { page } = await open('/en/events/montreal-2027')
    const q = await quote('montreal-2027')
    expect(await page.locator('[data-unit-price]').textContent()).toBe(formatMoney(q.unitPrice, 'CAD', 'en'))
    expect(await page.locator('main').textContent()).toMatch(/9:00\s?AM/)
    expect((await jsonLd(page)).offers).toMatchObject({ price: formatDecimal(q.unitPrice, 'CAD'), priceCurrency: 'CAD' })
    await screenshot(page, 'event-montreal-en')
    await page.close()
  })

  it('says sold out (and SoldOut in JSON-LD) with no Book button', async () => {
    const { page } = await open('/fr/events/site-e2e-last-seat')
    expect(await page.locator('[data-state="soldOut"]').textContent()).toContain('Complet')
    expect(await page.getByRole('link', { name: /^Réserver/ }).count()).toBe(1) // the header's only
    expect((await jsonLd(page)).offers.availability).toBe('https://schema.org/SoldOut')
    await screenshot(page, 'event-sold-out-fr')
    await page.close()
  })

  it('says cancelled', async () => {
    const { page } = await open('/en/events/site-e2e-cancelled')
    expect(await page.locator('[data-state="cancelled"]').textContent()).toContain('cancelled')
    expect((await jsonLd(page)).eventStatus).toBe('https://schema.org/EventCancelled')
    await page.close()
  })

  it('is a 404 for a DRAFT or unknown event', async () => {
    for (const slug of ['site-e2e-draft', 'no-such-event']) {
      const { page, status } = await open(`/fr/events/${slug}`)
      expect(status).toBe(404)
      expect(await page.locator('main').textContent()).not.toContain('Site E2E brouillon')
      if (slug === 'site-e2e-draft') await screenshot(page, 'not-found-fr')
      await page.close()
    }
  })

  it('lets the keyboard reach the Book button, after the skip link', async () => {
    const { page } = await open('/fr/events/paris-2027')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu')
    let reached = false
    for (let i = 0; i < 25 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/fr/book/paris-2027?quantity=1')
    }
    expect(reached).toBe(true)
    await page.close()
  })
})

describe('languages and search engines', () => {
  it('switches language on the same page', async () => {
    const { page } = await open('/fr/events/lyon-2027')
    await Promise.all([page.waitForURL(`${site}/en/events/lyon-2027`), page.getByRole('link', { name: 'Read this page in English' }).click()])
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('ACT Masterclass with Russ Harris — Lyon')
    await page.close()
  })

  it.each([['', '/fr'], ['/events/paris-2027', '/fr/events/paris-2027']])('declares hreflang alternates (%s)', async (suffix, pathname) => {
    const { page } = await open(pathname)
    const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]))
    expect(Object.fromEntries(links)).toEqual({ en: `${site}/en${suffix}`, fr: `${site}/fr${suffix}`, 'x-default': `${site}/fr${suffix}` })
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${site}${pathname}`)
    expect(await page.locator('meta[property="og:image"]').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('lists published pages and events in the sitemap, never drafts', async () => {
    const res = await fetch(`${site}/sitemap.xml`)
    expect(res.status).toBe(200)
    const xml = await res.text()
    for (const loc of ['/fr', '/en', '/fr/site-e2e-about', '/en/events/paris-2027', '/fr/events/montreal-2027', '/fr/events/site-e2e-bordeaux']) {
      expect(xml).toContain(`<loc>${site}${loc}</loc>`)
    }
    expect(xml).not.toContain('site-e2e-draft')
    expect(xml).not.toContain('site-e2e-unpublished')
  })

  it('shows the events list', async () => {
    const { page, status } = await open('/fr/events')
    expect(status).toBe(200)
    expect(await page.locator('[data-event="paris-2027"]').count()).toBe(1)
    await screenshot(page, 'events-fr')
    await page.close()
  })
})

describe('redirects stay on the site', () => {
  it.each([
    ['/%5Cevil.example', '/'],
    ['/%09/evil.example', '/'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/fr/events/site-e2e-bordeaux', '/fr/events/site-e2e-bordeaux'],
  ])('GET /preview/exit?path=%s goes to %s', async (target, location) => {
    const res = await fetch(`${site}/preview/exit?path=${target}`, { redirect: 'manual' })
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toBe(location)
  })
})
