import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { sanitizeConfig } from './sanitizeConfig'

describe('sanitizeConfig', () => {
  it('asks the host, never the environment: a captcha switch it calls, no proxy unless told', () => {
    expect(sanitizeConfig({ captcha: false }).captcha()).toBe(false)
    let on = false
    const config = sanitizeConfig({ captcha: () => on })
    expect(config.captcha()).toBe(false)
    on = true
    expect(config.captcha()).toBe(true)
    process.env.TRUSTED_PROXY_COUNT = '3'
    try {
      expect(sanitizeConfig().trustedProxyCount).toBe(0)
    } finally {
      delete process.env.TRUSTED_PROXY_COUNT
    }
    // No module of the plugin reads the environment (an example in a comment aside).
    const sources = readdirSync(fileURLToPath(new URL('.', import.meta.url)), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
    const readers = sources.filter((file) => readFileSync(file, 'utf8').split('\n').some((line) => /process\.env/.test(line) && !/^\s*(\*|\/\/)/.test(line)))
    expect(readers).toEqual([])
  })

  it('fills every default', () => {
    const config = sanitizeConfig()
    expect(config.captcha()).toBe(true)
    expect(config).toMatchObject({
      currencies: ['EUR', 'CAD'],
      disabled: false,
      holdMinutes: 15,
      maxPerBooking: 10,
      rateLimits: {
        bookingPerEmail: { durationSeconds: 3600, points: 10 },
        bookingPerIp: { durationSeconds: 600, points: 30 },
        paymentIntentPerIp: { durationSeconds: 600, points: 60 },
      },
      referencePrefix: 'TK',
      retentionMonths: 36,
      slugs: { auditLog: 'audit-log', bookings: 'bookings', cityEvents: 'city-events', users: 'users' },
    })
  })

  it("takes a booking's default language from the host: its default locale, else English when it is not localized", () => {
    expect(sanitizeConfig().locales).toEqual({ codes: ['en'], defaultLocale: 'en', localized: false })
    expect(sanitizeConfig({}, { localization: { defaultLocale: 'de', locales: ['de', 'en'] } }).locales).toEqual({ codes: ['de', 'en'], defaultLocale: 'de', localized: true })
  })

  it('upper-cases and de-duplicates currencies, and merges partial rate limits', () => {
    const config = sanitizeConfig({ currencies: ['eur', 'EUR', 'jpy'], rateLimits: { bookingPerIp: { durationSeconds: 60, points: 5 } } })
    expect(config.currencies).toEqual(['EUR', 'JPY'])
    expect(config.rateLimits.bookingPerIp).toEqual({ durationSeconds: 60, points: 5 })
    expect(config.rateLimits.bookingPerEmail.points).toBe(10)
  })

  it.each([
    [{ referencePrefix: 'mc' }, /referencePrefix/],
    [{ referencePrefix: 'TOOLONGPREFIX' }, /referencePrefix/],
    [{ holdMinutes: 0 }, /holdMinutes/],
    [{ holdMinutes: 121 }, /holdMinutes/],
    [{ retentionMonths: 0 }, /retentionMonths/],
    [{ retentionMonths: 2.5 }, /retentionMonths/],
    [{ currencies: ['EURO'] }, /currencies/],
    [{ currencies: [] }, /currencies/],
  ])('refuses %o', (options, message) => {
    expect(() => sanitizeConfig(options)).toThrow(message)
  })

  it('lets the user replace an access rule and keeps the others', async () => {
    const config = sanitizeConfig({ access: { isAdmin: () => true } })
    const req = { user: { roles: ['editor'] } } as never
    expect(await config.access.isAdmin({ req })).toBe(true)
    expect(await config.access.canManageSales({ req })).toBe(false)
    expect(await config.access.canManageEvents({ req })).toBe(true)
  })

  it('builds no payment gateway without a Stripe secret key', () => {
    expect(sanitizeConfig({ stripe: { secretKey: null } }).getGateway()).toBeNull()
    expect(sanitizeConfig({ stripe: { apiBaseUrl: 'http://127.0.0.1:1', secretKey: 'sk_test_x' } }).getGateway()).not.toBeNull()
  })

  it('uses the paymentGateway option instead of Stripe, given as a gateway or as a function read at run time', () => {
    const gateway = { publishableKey: 'pk_other' } as never
    expect(sanitizeConfig({ paymentGateway: gateway, stripe: { secretKey: 'sk_test_x' } }).getGateway()).toBe(gateway)
    let current: unknown = null
    const config = sanitizeConfig({ paymentGateway: () => current as never })
    expect(config.getGateway()).toBeNull()
    current = gateway
    expect(config.getGateway()).toBe(gateway)
  })

  it('keeps the host hooks and refuses a misspelt one or one that is not a function', () => {
    const afterBookingConfirmed = () => {}
    expect(sanitizeConfig({ hooks: { afterBookingConfirmed } }).hooks).toEqual({ afterBookingConfirmed })
    expect(sanitizeConfig().hooks).toEqual({})
    expect(() => sanitizeConfig({ hooks: { afterBookingConfirm: afterBookingConfirmed } as never })).toThrow(/unknown hook "afterBookingConfirm"/)
    expect(() => sanitizeConfig({ hooks: { afterBookingExpired: 'crm' } as never })).toThrow(/hooks.afterBookingExpired must be a function/)
  })
})
