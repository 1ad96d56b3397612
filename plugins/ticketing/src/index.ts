import type { Config, Plugin } from 'payload'

import { createAttendeesCollection } from './collections/attendees/createAttendeesCollection'
import { createAuditLogCollection } from './collections/auditLog/createAuditLogCollection'
import { createBookingEmailsCollection } from './collections/bookingEmails/createBookingEmailsCollection'
import { createBookingPaymentsCollection } from './collections/bookingPayments/createBookingPaymentsCollection'
import { createBookingsCollection } from './collections/bookings/createBookingsCollection'
import { createCityEventsCollection } from './collections/cityEvents/createCityEventsCollection'
import { createPromoCodesCollection } from './collections/promoCodes/createPromoCodesCollection'
import { createWaitlistEntriesCollection } from './collections/waitlistEntries/createWaitlistEntriesCollection'
import { createStripeEventsCollection } from './collections/stripeEvents/createStripeEventsCollection'
import { addAuditedUserGuard } from './collections/users/addAuditedUserGuard'
import { getTicketingEndpoints } from './endpoints/getTicketingEndpoints'
import { nodeRouteHandler } from './endpoints/http/nodeRoute'
import { provideNodeRoutes } from './endpoints/http/nodeRouteRegistry'
import { addTicketingJobs } from './jobs/addTicketingJobs'
import { AUDIT_KEY, auditSettingsOf } from './operations/audit/auditSettings'
import { GATEWAY_KEY } from './operations/payments/configuredGateway'
import { HOST_HOOKS_KEY } from './operations/hostHooks/hostHooks'
import { sanitizeConfig } from './sanitizeConfig'
import { addTicketingSchema } from './db/schema/addTicketingSchema'
import { assertOwnTableNames } from './db/core/assertOwnTableNames'
import { mergeTranslations } from './translations'
import type { TicketingPluginConfig } from './types'

export type { BookingHookArgs, TicketingBooking, TicketingHooks, TicketingPluginConfig } from './types'
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
      ['bookingPayments', () => createBookingPaymentsCollection(config)],
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
    const hostCollections = (incoming.collections ?? []).map((c) => (c.slug === config.slugs.users ? addAuditedUserGuard(c) : c))
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
    }
    if (config.disabled) return result
    result.endpoints = [...(incoming.endpoints ?? []), ...getTicketingEndpoints(config)]
    const components = incoming.admin?.components ?? {}
    result.admin = {
      ...incoming.admin,
      components: { ...components, beforeDashboard: [
          ...(components.beforeDashboard ?? []),
          '@masterclass/plugin-ticketing/rsc#TicketingDashboard',
          { path: '@masterclass/plugin-ticketing/rsc#PromoCodeUses', serverProps: { canSee: config.access.canManageSales } },
          { path: '@masterclass/plugin-ticketing/rsc#WaitlistCounts', serverProps: { canSee: config.access.canManageSales } },
        ],
      },
    }
    return result
  }
