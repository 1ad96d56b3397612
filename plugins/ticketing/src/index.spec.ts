import fs from 'node:fs'
import path from 'node:path'

import type { Config, Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { ticketingPlugin } from './index'
import type { TicketingPluginConfig } from './types'

const base = (): Config => ({ collections: [{ slug: 'users', auth: true, fields: [] }], secret: 'x' }) as unknown as Config

/** The plugin is synchronous; its type allows a promise. */
const apply = (options: TicketingPluginConfig, host: Config): Config => ticketingPlugin(options)(host) as Config

const slugs = (config: Config) => (config.collections ?? []).map((c) => c.slug)

describe('ticketingPlugin', () => {
  it('adds its collections, the /ticketing endpoints, the jobs and the admin views', async () => {
    const config = apply({}, base())
    expect(slugs(config)).toEqual(['users', 'city-events', 'bookings', 'attendees', 'check-ins', 'certificates', 'booking-payments', 'invoices', 'sellers', 'booking-emails', 'stripe-events', 'audit-log', 'promo-codes', 'waitlist-entries'])
    expect((config.endpoints ?? []).map((e: { path: string }) => e.path)).toContain('/ticketing/bookings')
    expect((config.endpoints ?? []).every((e: { path: string }) => e.path.startsWith('/ticketing/'))).toBe(true)
    expect(config.jobs?.tasks?.map((t) => t.slug)).toEqual(['ticketingExpireHolds', 'ticketingReconcilePayments', 'ticketingSendEmail', 'ticketingCancelEventBooking', 'ticketingDrainWebhookEvents', 'ticketingEraseExpiredPersonalData', 'ticketingDeleteCustomer', 'ticketingRenderDocuments', 'ticketingIssueCertificates', 'ticketingWaitlistOffers', 'ticketingSendWaitlistOffer'])
    expect(typeof config.jobs?.autoRun === 'function' && (await config.jobs.autoRun({} as Payload)).map((run) => run.queue)).toEqual(['ticketing', 'ticketing-email', 'ticketing-cancellations', 'ticketing-documents'])
    expect(config.admin?.components?.beforeDashboard).toMatchObject([{ path: '@masterclass/plugin-ticketing/rsc#TicketingDashboard' }, { path: '@masterclass/plugin-ticketing/rsc#PromoCodeUses' }, { path: '@masterclass/plugin-ticketing/rsc#WaitlistCounts' }])
    expect(config.admin?.components?.afterNavLinks).toEqual([expect.objectContaining({ path: '@masterclass/plugin-ticketing/rsc#CheckInNavLink' })])
    expect(config.admin?.components?.views?.ticketingCheckIn).toMatchObject({ Component: { path: '@masterclass/plugin-ticketing/rsc#CheckInView' }, path: '/check-in' })
  })

  it('disabled: keeps collections and task definitions (the schema never changes) but drops endpoints, schedules and admin UI', () => {
    const enabled = apply({}, base())
    const disabled = apply({ disabled: true }, base())
    expect(slugs(disabled)).toEqual(slugs(enabled))
    expect(disabled.endpoints ?? []).toEqual([])
    expect(disabled.admin?.components?.beforeDashboard).toBeUndefined()
    expect(disabled.admin?.components?.views).toBeUndefined()
    expect(disabled.jobs?.autoRun).toBeUndefined()
    expect(disabled.jobs?.tasks?.every((t) => !t.schedule?.length)).toBe(true)
    const bookings = disabled.collections?.find((c) => c.slug === 'bookings')
    expect(bookings?.admin?.components?.edit?.beforeDocumentControls).toBeUndefined()
  })

  it("registers this instance's handler for the host's Node routes when Payload starts, after the host's own onInit, enabled or disabled", async () => {
    const key = Symbol.for('@masterclass/plugin-ticketing/node-routes')
    for (const options of [{}, { disabled: true }]) {
      delete (globalThis as Record<symbol, unknown>)[key]
      const calls: string[] = []
      const host = { ...base(), onInit: async () => void calls.push(`host, handler registered: ${Boolean((globalThis as Record<symbol, { handler?: unknown }>)[key]?.handler)}`) }
      await apply(options, host).onInit?.({} as Payload)
      expect(calls).toEqual(['host, handler registered: false'])
      expect(typeof (globalThis as Record<symbol, { handler?: unknown }>)[key]?.handler).toBe('function')
    }
  })

  it('keeps the host config: its collections, endpoints and jobs come first', () => {
    const host = { ...base(), endpoints: [{ handler: () => new Response(), method: 'get', path: '/mine' }], jobs: { tasks: [{ handler: () => ({ output: {} }), slug: 'mine' }] } } as unknown as Config
    const config = apply({}, host)
    expect(config.endpoints?.[0].path).toBe('/mine')
    expect(config.jobs?.tasks?.[0].slug).toBe('mine')
  })

  it("runJobs false: this process leaves the plugin's queues to another, and still runs the host's own schedule, under the host's own shouldAutoRun", async () => {
    const shouldAutoRun = () => true
    const host = { ...base(), jobs: { autoRun: [{ cron: '0 * * * *', queue: 'newsletter' }], shouldAutoRun, tasks: [] } } as unknown as Config
    const queues = async (config: Config) => (typeof config.jobs?.autoRun === 'function' ? await config.jobs.autoRun({} as Payload) : []).map((run) => run.queue)
    const off = apply({ runJobs: false }, host)
    expect(await queues(off)).toEqual(['newsletter'])
    expect(off.jobs?.shouldAutoRun).toBe(shouldAutoRun)
    expect(await queues(apply({ runJobs: true }, host))).toEqual(['newsletter', 'ticketing', 'ticketing-email', 'ticketing-cancellations', 'ticketing-documents'])
    // A function is read when Payload starts, not when the config is built.
    let runHere = false
    const late = apply({ runJobs: () => runHere }, host)
    runHere = true
    expect(await queues(late)).toEqual(['newsletter', 'ticketing', 'ticketing-email', 'ticketing-cancellations', 'ticketing-documents'])
  })

  it('applies a collection override without letting it change the slug', () => {
    const config = apply(
      { collections: { bookings: ({ defaultCollection }) => ({ ...defaultCollection, labels: { plural: 'Orders', singular: 'Order' }, slug: 'orders' }) } },
      base(),
    )
    const bookings = config.collections?.find((c) => c.labels?.plural === 'Orders')
    expect(bookings?.slug).toBe('bookings')
  })

  it('never imports from the site (src/)', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/\.tsx?$/.test(entry.name)) files.push(full)
      }
    }
    walk(path.dirname(new URL(import.meta.url).pathname))
    const offenders = files.filter((file) => /from '(@\/|@payload-config|(\.\.\/)+src\/)/.test(fs.readFileSync(file, 'utf8')))
    expect(files.length).toBeGreaterThan(50)
    expect(offenders).toEqual([])
  })
})
