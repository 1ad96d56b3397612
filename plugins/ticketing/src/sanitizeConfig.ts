import { defaults, type TicketingSlugs } from './defaults'
import { hasRole } from './access/hasRole'
import { hostLocales } from './hostLocales'
import { rolesFromField } from './access/rolesFromField'
import { stripeGateway } from './payments/stripe/stripeGateway'
import { stripeSettings } from './payments/stripe/stripeSettings'
import type { SanitizedTicketingPluginConfig, TicketingHooks, TicketingPluginConfig, TicketingStaffRole } from './types'

const HOOK_NAMES: (keyof TicketingHooks)[] = ['afterBookingCancelled', 'afterBookingConfirmed', 'afterBookingDisputed', 'afterBookingExpired', 'afterBookingRefunded']

const checkCallback = <T>(name: string, value: T | undefined): null | T => {
  if (value !== undefined && value !== null && typeof value !== 'function') throw new Error(`ticketingPlugin: ${name} must be a function`)
  return value ?? null
}

const checkHooks = (hooks: TicketingHooks = {}): TicketingHooks => {
  for (const [name, hook] of Object.entries(hooks)) {
    if (!HOOK_NAMES.includes(name as keyof TicketingHooks)) throw new Error(`ticketingPlugin: unknown hook "${name}" (known: ${HOOK_NAMES.join(', ')})`)
    if (hook !== undefined && typeof hook !== 'function') throw new Error(`ticketingPlugin: hooks.${name} must be a function`)
  }
  return { ...hooks }
}

const intInRange = (name: string, value: number, min: number, max: number): number => {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`ticketingPlugin: ${name} must be an integer from ${min} to ${max} (got ${value})`)
  }
  return value
}

/**
 * Validates the user's options once and fills every default. Throws on a wrong option. `host`
 * is the host's Payload config, whose locales (or language) bookings take.
 */
/** The header a trusted proxy writes the client's address to: X-Forwarded-For (default) or X-Real-IP. */
const proxyHeader = (value: string | undefined): 'x-forwarded-for' | 'x-real-ip' => {
  const name = (value || 'x-forwarded-for').trim().toLowerCase()
  if (name !== 'x-forwarded-for' && name !== 'x-real-ip') throw new Error(`@masterclass/plugin-ticketing: trustedProxyHeader must be x-forwarded-for or x-real-ip, not ${JSON.stringify(value)}`)
  return name
}

export const sanitizeConfig = (options: TicketingPluginConfig = {}, host: Parameters<typeof hostLocales>[0] = {}): SanitizedTicketingPluginConfig => {
  const prefix = options.referencePrefix ?? defaults.referencePrefix
  if (!/^[A-Z0-9]{1,10}$/.test(prefix)) {
    throw new Error(`ticketingPlugin: referencePrefix must be 1-10 upper-case letters or digits (got "${prefix}")`)
  }
  const currencies = (options.currencies ?? [...defaults.currencies]).map((c) => c.toUpperCase())
  if (!currencies.length || currencies.some((c) => !/^[A-Z]{3}$/.test(c))) {
    throw new Error('ticketingPlugin: currencies must be a non-empty list of ISO 4217 codes')
  }
  if (options.staffRoles !== undefined && typeof options.staffRoles !== 'function') throw new Error('ticketingPlugin: staffRoles must be a function')
  if (options.staffRoles && (options.rolesField || options.roles)) throw new Error('ticketingPlugin: staffRoles replaces rolesField and roles; give one or the other')
  const staffRoles = options.staffRoles ?? rolesFromField(options.rolesField ?? defaults.rolesField, { ...defaults.roles, ...options.roles })
  const role = (...wanted: TicketingStaffRole[]) => ({ req }: { req: Parameters<typeof hasRole>[0] }) => hasRole(req, staffRoles, wanted)
  return {
    access: {
      canCheckIn: role('admin', 'checkin'),
      canManageEvents: role('admin', 'editor'),
      canManageSales: role('admin', 'finance'),
      isAdmin: role('admin'),
      isStaff: role('admin', 'editor', 'finance'),
      ...options.access,
    },
    captcha: typeof options.captcha === 'function' ? options.captcha : () => options.captcha !== false,
    certificateIssuerOf:
      options.certificates?.issuerOf ??
      ((event) => ({
        address: { city: event.city, country: event.country, line1: event.city, postalCode: '' },
        name: options.emails?.senderName ?? 'Training provider',
        prefix: `AT-${event.currency}-`,
        seriesKey: event.currency,
        timezone: 'Europe/Paris',
      })),
    collections: options.collections ?? {},
    currencies: [...new Set(currencies)],
    disabled: options.disabled ?? false,
    emails: { ...options.emails },
    financeEmail: options.financeEmail || null,
    getGateway: () => {
      const { paymentGateway } = options
      if (typeof paymentGateway === 'function') return paymentGateway()
      if (paymentGateway) return paymentGateway
      const settings = stripeSettings(options.stripe)
      return settings.secretKey ? stripeGateway(settings) : null
    },
    holdMinutes: intInRange('holdMinutes', options.holdMinutes ?? defaults.holdMinutes, 1, 120),
    hooks: checkHooks(options.hooks),
    onEventStatusChange: checkCallback('onEventStatusChange', options.onEventStatusChange),
    locales: hostLocales(host),
    maxHeldSeatsPerClient: intInRange('maxHeldSeatsPerClient', options.maxHeldSeatsPerClient ?? defaults.maxHeldSeatsPerClient, 1, 100_000),
    maxPerBooking: intInRange('maxPerBooking', options.maxPerBooking ?? defaults.maxPerBooking, 1, 1000),
    mediaCollection: options.mediaCollection ?? defaults.mediaCollection,
    rateLimits: { ...defaults.rateLimits, ...options.rateLimits },
    publicSiteUrl: options.publicSiteUrl || null,
    referencePrefix: prefix,
    retentionMonths: intInRange('retentionMonths', options.retentionMonths ?? defaults.retentionMonths, 1, 1200),
    waitlistOfferHours: intInRange('waitlistOfferHours', options.waitlistOfferHours ?? defaults.waitlistOfferHours, 1, 720),
    runJobs: () => (typeof options.runJobs === 'function' ? options.runJobs() : options.runJobs) !== false,
    trustedProxyCount: intInRange('trustedProxyCount', options.trustedProxyCount ?? 0, 0, 10),
    trustedProxyHeader: proxyHeader(options.trustedProxyHeader),
    slugs: { ...defaults.slugs, users: options.usersCollection ?? defaults.slugs.users } as TicketingSlugs,
  }
}
