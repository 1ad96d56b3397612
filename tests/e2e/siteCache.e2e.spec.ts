import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api } from './helpers'
import { createEvent, localPayload, site } from './bookingSteps'

// The marketing pages come from Next.js's cache on the production build; what changes reaches
// them within 5 s, with no rebuild: an editor's save, a sell-out (and seats coming back), an
// event's cancellation. Each check polls the page until a deadline.
const FRESH_WITHIN_MS = 5_000
const staff = { email: 'cache-admin@example.com', password: 'cache-password-123' }
let payload: Payload
let auth: Record<string, string>

const html = async (pathname: string) => {
  const res = await fetch(`${site}${pathname}`)
  return { cache: res.headers.get('x-nextjs-cache'), status: res.status, text: await res.text() }
}

/** Visits the page until it is served from the cache (its first visit renders and stores it). */
const cached = async (pathname: string) => {
  await expect.poll(async () => (await html(pathname)).cache, { timeout: 20_000 }).toBe('HIT')
}

/** Polls the page until `check` holds on its HTML, for at most 5 s. */
const within5s = (pathname: string, check: (text: string) => boolean) =>
  expect.poll(async () => check((await html(pathname)).text), { interval: 100, timeout: FRESH_WITHIN_MS }).toBe(true)

const soldOutBadge = (text: string) => text.includes('data-event-state="soldOut"')

beforeAll(async () => {
  payload = await localPayload()
  await payload.create({ collection: 'users', data: { ...staff, name: 'Cache Admin', roles: ['admin'] } as never })
  const login = await api(site, 'POST', '/users/login', staff)
  auth = { Authorization: `JWT ${login.body.token}` }
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('cached pages', () => {
  it("serve the event page, home and booking form from the cache, with no price in the page's HTML", async () => {
    await createEvent(payload, 'cache-e2e-odd-price', { regularPrice: 43_217 })
    for (const pathname of ['/fr', '/en', '/fr/events/cache-e2e-odd-price', '/en/book/cache-e2e-odd-price', '/fr/events']) await cached(pathname)
    // The price box and cards ask the quote endpoint in the browser: the cached HTML has no price.
    for (const pathname of ['/fr/events/cache-e2e-odd-price', '/fr']) expect((await html(pathname)).text).not.toMatch(/432,17/)
  })

  it("show an editor's save through the admin API within 5 s, in both languages", async () => {
    const page = await payload.create({ collection: 'pages', data: { _status: 'published', layout: [], slug: 'cache-e2e-page', title: 'Titre avant' }, locale: 'fr' })
    await api(site, 'PATCH', `/pages/${page.id}?locale=en`, { _status: 'published', title: 'Title before' }, auth)
    await cached('/fr/cache-e2e-page')
    await cached('/en/cache-e2e-page')
    expect((await api(site, 'PATCH', `/pages/${page.id}?locale=fr`, { _status: 'published', title: 'Titre après' }, auth)).status).toBe(200)
    await within5s('/fr/cache-e2e-page', (text) => text.includes('Titre après'))
    expect((await api(site, 'PATCH', `/pages/${page.id}?locale=en`, { _status: 'published', title: 'Title after' }, auth)).status).toBe(200)
    await within5s('/en/cache-e2e-page', (text) => text.includes('Title after'))
  })

  it('keep a draft out of the public page until it is published', async () => {
    const page = await payload.create({ collection: 'pages', data: { _status: 'published', layout: [], slug: 'cache-e2e-draft', title: 'Publié' }, locale: 'fr' })
    await cached('/fr/cache-e2e-draft')
    expect((await api(site, 'PATCH', `/pages/${page.id}?locale=fr&draft=true`, { title: 'Brouillon secret' }, auth)).status).toBe(200)
    // A draft save refreshes nothing public; the page still says what is published.
    expect((await html('/fr/cache-e2e-draft')).text).not.toContain('Brouillon secret')
    expect((await api(site, 'PATCH', `/pages/${page.id}?locale=fr`, { _status: 'published', title: 'Brouillon secret' }, auth)).status).toBe(200)
    await within5s('/fr/cache-e2e-draft', (text) => text.includes('Brouillon secret'))
  })

  it('say sold out within 5 s of the booking that takes the last seats, and open again when seats come back', async () => {
    await createEvent(payload, 'cache-e2e-sellout', { capacity: 2, city: 'Rennes' })
    for (const pathname of ['/fr/events/cache-e2e-sellout', '/en/events/cache-e2e-sellout']) {
      await cached(pathname)
      expect(soldOutBadge((await html(pathname)).text)).toBe(false)
    }
    const booking = await api(site, 'POST', '/ticketing/bookings', { attendees: [{ name: 'Rush One' }, { name: 'Rush Two' }], buyer: { email: 'rush@example.com', name: 'Rush One' }, eventId: 'cache-e2e-sellout', quantity: 2 }, { 'X-Forwarded-For': '10.44.0.1' })
    expect(booking.status).toBe(201)
    await within5s('/fr/events/cache-e2e-sellout', soldOutBadge)
    await within5s('/en/events/cache-e2e-sellout', soldOutBadge)
    // The buyer lets the hold go: the seats are back on sale, and the page says so.
    const cancel = await api(site, 'POST', `/ticketing/bookings/${booking.body.reference}/cancel`, {}, { Authorization: `Bearer ${booking.body.accessToken}`, 'X-Forwarded-For': '10.44.0.1' })
    expect(cancel.status).toBe(200)
    await within5s('/fr/events/cache-e2e-sellout', (text) => !soldOutBadge(text))
  })

  it('say cancelled within 5 s of the staff cancelling the event', async () => {
    await createEvent(payload, 'cache-e2e-cancel', { city: 'Brest' })
    await cached('/fr/events/cache-e2e-cancel')
    await cached('/en/book/cache-e2e-cancel')
    const cancelled = await api(site, 'POST', '/ticketing/events/cache-e2e-cancel/cancel', {}, auth)
    expect(cancelled.status).toBe(202)
    await within5s('/fr/events/cache-e2e-cancel', (text) => text.includes('data-event-state="cancelled"') && text.includes('EventCancelled'))
    // Its booking form is no longer offered (the form only books events on sale).
    await expect.poll(async () => (await html('/en/book/cache-e2e-cancel')).status, { interval: 100, timeout: FRESH_WITHIN_MS }).toBe(404)
  })
})
