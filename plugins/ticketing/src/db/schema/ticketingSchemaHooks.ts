import { auditKeysTable } from './auditKeysTable'
import { auditLogAppendOnly } from './auditLogAppendOnly'
import { auditLogBookingIndex } from './auditLogBookingIndex'
import { bookingGuards } from './bookingGuards'
import { certificateSchema } from './certificateSchema'
import { eventCancellationsTable } from './eventCancellationsTable'
import { eventStatusRules } from './eventStatusRules'
import { holdClients } from './holdClients'
import { eventStatusNotify } from './eventStatusNotify'
import { invoiceTables } from './invoiceTables'
import { promoCodeSeats } from './promoCodeSeats'
import { refundRequestsTable } from './refundRequestsTable'
import { requestGuardTables } from './requestGuardTables'
import { seatCounters } from './seatCounters'
import { waitlistGuards } from './waitlistGuards'
import { stripeEventsQueue } from './stripeEventsQueue'
import type { SchemaHook } from './types'

/**
 * Everything the plugin's SQL needs beyond what its collections' fields describe, as
 * `afterSchemaInit` hooks of the Postgres adapter (they run once Payload has built its
 * tables), so dev push and `payload migrate:create` both produce it in any host. Triggers
 * are declared from these hooks too (declareSqlTrigger).
 */
export const ticketingSchemaHooks: SchemaHook[] = [seatCounters, bookingGuards, requestGuardTables, refundRequestsTable, eventCancellationsTable, stripeEventsQueue, auditLogAppendOnly, auditLogBookingIndex, auditKeysTable, eventStatusRules, holdClients, eventStatusNotify, invoiceTables, certificateSchema, promoCodeSeats, waitlistGuards]
