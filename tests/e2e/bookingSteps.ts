import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import type { Payload } from 'payload'
import { expect, inject } from 'vitest'
import { PRODUCTION_SECRET } from './productionEnv'

import { demoSellers } from '../../src/seed/demoSellers'

// Shared steps of the booking pages' end-to-end tests (the production build, Chromium).
export const site = inject('siteUrl')
export const emulator = inject('emulatorUrl')
const shots = path.resolve('test-results/screenshots')
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** The run's Payload over the Local API (same database as the server; no staff user needed, no jobs here). */
export const localPayload = async (): Promise<Payload> => {
  process.env.DATABASE_URL = inject('databaseUrl')
  process.env.PAYLOAD_SECRET = PRODUCTION_SECRET
  process.env.TICKETING_RUN_JOBS = 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

const sellers = new WeakMap<Payload, Promise<number>>()

/** The French seller of the tour (the seed's): the one already in the site's database, else created (sellers never share a number series). */
export const frenchSeller = (payload: Payload): Promise<number> => {
  let seller = sellers.get(payload)
  if (!seller) {
    const find = () => payload.find({ collection: 'sellers', limit: 1, where: { invoicePrefix: { equals: demoSellers.france.invoicePrefix } } }).then(({ docs }) => docs[0]?.id as number | undefined)
    seller = find().then(async (id) => id ?? ((await payload.create({ collection: 'sellers', data: demoSellers.france as never }).catch(async (error) => {
      // Another test file's process created it in between.
      const found = await find()
      if (found === undefined) throw error
      return { id: found }
    })).id as number))
    sellers.set(payload, seller)
  }
  return seller
}

/** A published event of the tour, 60 days ahead, sold by the French seller; `data` overrides any field. */
export const createEvent = async (payload: Payload, slug: string, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'city-events',
    data: {
      seller: await frenchSeller(payload),
      capacity: 30, city: 'Toulouse', country: 'FR', currency: 'EUR', endsAt: future(61), regularPrice: 45000, slug,
      startsAt: future(60), status: 'PUBLISHED', timezone: 'Europe/Paris', title: `Masterclass ${slug}`, venueName: 'Salle Nougaro', ...data,
    } as never,
    locale: 'fr',
  })

/** Text with every kind of space made one plain space (Intl puts narrow no-break spaces in amounts). */
export const norm = (text: null | string) => (text ?? '').replace(/\s+/g, ' ').trim()
export const money = (minor: number, locale: string, currency = 'EUR') => norm(new Intl.NumberFormat(locale, { currency, style: 'currency' }).format(minor / 100))

/** The page at 1280 px and 390 px wide, into test-results/screenshots/booking-<name>-<width>.png. */
export const screenshot = async (page: Page, name: string) => {
  fs.mkdirSync(shots, { recursive: true })
  for (const width of [1280, 390]) {
    await page.setViewportSize({ height: 900, width })
    await page.screenshot({ fullPage: true, path: path.join(shots, `booking-${name}-${width}.png`) })
  }
  await page.setViewportSize({ height: 900, width: 1280 })
}

type Form = { attendees?: string[]; email: string; name: string; quantity: number }

/** Fills the booking form; attendee 1 stays the buyer, the others get `attendees`. */
export const fillForm = async (page: Page, form: Form) => {
  await page.locator('#field-quantity').selectOption(String(form.quantity))
  await page.locator('#field-buyer-name').fill(form.name)
  await page.locator('#field-buyer-email').fill(form.email)
  for (const [index, name] of (form.attendees ?? []).entries()) await page.locator(`#field-attendees-${index + 1}-name`).fill(name)
}

/** Waits until the form shows the server's total for the chosen quantity. */
export const expectTotal = (page: Page, text: string) => expect.poll(() => page.getByTestId('quote-total').textContent().then(norm), { timeout: 20_000 }).toBe(text)

/** The booking as its buyer sees it, with the token this browser keeps for it. */
export const bookingOf = async (page: Page, reference: string) => {
  const token = await page.evaluate((ref) => localStorage.getItem(`masterclass:booking-token:${ref}`), reference)
  const res = await fetch(`${site}/api/ticketing/bookings/${reference}`, { headers: { Authorization: `Bearer ${token}` } })
  return { body: await res.json(), status: res.status, token }
}

export const referenceFrom = (url: string) => /\/book\/(?:pay|confirmation)\/([A-Z0-9-]+)/.exec(url)?.[1] ?? ''

/** The emulator's PaymentIntents for one booking. */
export const intentsOf = async (reference: string) => {
  const state = (await (await fetch(`${emulator}/_emulator/state`)).json()) as { payment_intents: { metadata: Record<string, string>; status: string }[] }
  return state.payment_intents.filter((intent) => intent.metadata.bookingReference === reference)
}

/** Decoded messages the site sent to `to` (quoted-printable bodies decoded). */
export const mailTo = (to: string): string[] => {
  const dir = inject('mailDir')
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => fs.readFileSync(path.join(dir, file), 'latin1'))
    .filter((raw) => raw.includes(`To: ${to}`))
    .map((raw) => Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'))
}

/** A booking made straight through the API by another visitor (its own address and email). */
export const bookDirectly = async (slug: string, quantity: number, n: number) => {
  const res = await fetch(`${site}/api/ticketing/bookings`, {
    body: JSON.stringify({
      attendees: Array.from({ length: quantity }, (_, i) => ({ name: `Other ${n}.${i}` })),
      buyer: { email: `other-${n}-${Date.now()}@example.com`, name: `Other ${n}` },
      eventId: slug,
      quantity,
    }),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.77.${n}.${quantity}` },
    method: 'POST',
  })
  expect(res.status).toBe(201)
}

/** The link to the site in a message, with its `#t=` view token. */
export const linkIn = (message: string, kind: 'confirmation' | 'pay', reference: string) =>
  new RegExp(`https?://[^\\s"<>]+/book/${kind}/${reference}#t=[A-Za-z0-9._-]+`).exec(message)?.[0] ?? null
