import type { Config, Plugin } from 'payload'

import { createAttendeesCollection } from './collections/attendees/createAttendeesCollection'
import { createAuditLogCollection } from './collections/auditLog/createAuditLogCollection'
import { createBookingEmailsCollection } from './collections/bookingEmails/createBookingEmailsCollection'
import { createBookingPaymentsCollection } from './collections/bookingPayments/createBookingPaymentsCollection'
import { createBookingsCollection } from './collections/bookings/createBookingsCollection'
import { createCertificatesCollection } from './collections/certificates/createCertificatesCollection'
import { createCheckInsCollection } from './collections/checkIns/createCheckInsCollection'
import { createCityEventsCollection } from './collections/cityEvents/createCityEventsCollection'
import { createInvoicesCollection } from './collections/invoices/createInvoicesCollection'
import { createSellersCollection } from './collections/sellers/createSellersCollection'
import { createPromoCodesCollection } from './collections/promoCodes/createPromoCodesCollection'
import { createWaitlistEntriesCollection } from './collections/waitlistEntries/createWaitlistEntriesCollection'
import { createStripeEventsCollection } from './collections/stripeEvents/createStripeEventsCollection'
import { addAuditedUserGuard } from './collections/users/addAuditedUserGuard'
import { addLoginLimits } from './collections/users/addLoginLimits'
import { getTicketingEndpoints } from './endpoints/getTicketingEndpoints'
import { nodeRouteHandler } from './endpoints/http/nodeRoute'
import { provideNodeRoutes } from './endpoints/http/nodeRouteRegistry'
import { addTicketingJobs } from './jobs/addTicketingJobs'
import { AUDIT_KEY, auditSettingsOf } from './operations/audit/auditSettings'
import { GATEWAY_KEY } from './operations/payments/configuredGateway'
import { HOST_HOOKS_KEY } from './operations/hostHooks/hostHooks'
import { sanitizeConfig } from './sanitizeConfig'
import { addTicketingSchema } from './db/schema/addTicketingSchema'
import { listenEventStatus } from './db/events/listenEventStatus'
import { assertOwnTableNames } from './db/core/assertOwnTableNames'
import { mergeTranslations } from './translations'
import type { TicketingPluginConfig } from './types'

export type { BookingHookArgs, EventStatusChange, TicketingBooking, TicketingHooks, TicketingPluginConfig } from './types'
export type { PaymentAction, PaymentGateway, PaymentWebhookEvent } from './payments/types'
export { stripeGateway } from './payments/stripe/stripeGateway'
export { WebhookRejectedError } from './payments/webhookRejected'
export { ProviderObjectMissingError, ProviderUnavailableError } from './payments/providerUnavailable'
export { createMailTransport } from './email/createTransport'
export { drainWebhookEvents } from './operations/webhooks/drainWebhookEvents'
export { ERROR_CODES, TicketingError } from './errors'
export { NODE_ROUTE_PATHS, ticketingNodeRoute } from './endpoints/http/nodeRouteRegistry'

/**
 * Adds ticket sales to a Payload config: the ticketing collections always (so the schema
 * and its migrations never depend on `disabled`), then endpoints, jobs and admin UI unless
 * disabled.
 */
export const ticketingPlugin =
  (options: TicketingPluginConfig = {}): Plugin =>
  (incoming: Config): Config => {
    const config = sanitizeConfig(options, incoming)
    const hasMedia = Boolean(config.mediaCollection && incoming.collections?.some((c) => c.slug === config.mediaCollection))
    // In the order the admin lists them under "Ticketing".
    const factories = [
      ['cityEvents', () => createCityEventsCollection(config, hasMedia)],
      ['bookings', () => createBookingsCollection(config)],
      ['attendees', () => createAttendeesCollection(config)],
      ['checkIns', () => createCheckInsCollection(config)],
      ['certificates', () => createCertificatesCollection(config)],
      ['bookingPayments', () => createBookingPaymentsCollection(config)],
      ['invoices', () => createInvoicesCollection(config)],
      ['sellers', () => createSellersCollection(config, hasMedia)],
      ['bookingEmails', () => createBookingEmailsCollection(config)],
      ['stripeEvents', () => createStripeEventsCollection(config)],
      ['auditLog', () => createAuditLogCollection(config)],
    ['promoCodes', () => createPromoCodesCollection(config)],
    ['waitlistEntries', () => createWaitlistEntriesCollection(config)],
    ] as const
    const collections = factories.map(([key, build]) => {
      const override = config.collections[key]
      const defaultCollection = build()
      return override ? { ...override({ defaultCollection }), slug: defaultCollection.slug } : defaultCollection
    })
    assertOwnTableNames(collections)
    // Staff users named by the audit log cannot be deleted (the log keeps who did what).
    // Their logins are rate-limited per address and account, their session cookies Secure on an https site.
    const hostCollections = (incoming.collections ?? []).map((c) => (c.slug === config.slugs.users ? addLoginLimits(addAuditedUserGuard(c), config) : c))
    const result: Config = {
      ...incoming,
      collections: [...hostCollections, ...collections],
      custom: { ...incoming.custom, [AUDIT_KEY]: auditSettingsOf(config), [GATEWAY_KEY]: config.getGateway, [HOST_HOOKS_KEY]: config.hooks },
      db: addTicketingSchema(incoming.db),
      i18n: mergeTranslations(incoming.i18n),
      jobs: addTicketingJobs(incoming, config),
    }
    // The handler behind a host's Node routes (ticketingNodeRoute) is this instance's (disabled,
    // it answers those paths as Payload would without the endpoints: 404).
    result.onInit = async (payload) => {
      await incoming.onInit?.(payload)
      provideNodeRoutes(nodeRouteHandler(payload))
      const onEventStatusChange = config.onEventStatusChange
      if (onEventStatusChange) listenEventStatus(payload, (change) => onEventStatusChange({ ...change, payload }))
    }
    if (config.disabled) return result
    result.endpoints = [...(incoming.endpoints ?? []), ...getTicketingEndpoints(config)]
    const components = incoming.admin?.components ?? {}
    const canCheckIn = { serverProps: { canUse: config.access.canCheckIn } }
    result.admin = {
      ...incoming.admin,
      components: {
        ...components,
        afterNavLinks: [...(components.afterNavLinks ?? []), { path: '@masterclass/plugin-ticketing/rsc#CheckInNavLink', ...canCheckIn }],
        beforeDashboard: [
          ...(components.beforeDashboard ?? []),
          { path: '@masterclass/plugin-ticketing/rsc#TicketingDashboard', serverProps: { canCheckIn: config.access.canCheckIn, canUse: config.access.isStaff } },
          { path: '@masterclass/plugin-ticketing/rsc#PromoCodeUses', serverProps: { canSee: config.access.canManageSales } },
          { path: '@masterclass/plugin-ticketing/rsc#WaitlistCounts', serverProps: { canSee: config.access.canManageSales } },
        ],
        providers: [...(components.providers ?? []), '@masterclass/plugin-ticketing/client#DatePickerLanguage'],
        // The door scanner, a page of its own: /admin/check-in.
        views: { ...components.views, ticketingCheckIn: { Component: { path: '@masterclass/plugin-ticketing/rsc#CheckInView', ...canCheckIn }, path: '/check-in' } },
      },
    }
    return result
  }
