export type { SanitizedTicketingPluginConfig, StaffRolesOf, TicketingAccess, TicketingPluginConfig, TicketingStaffRole } from '../types'
export type { QuoteView } from '../operations/events/quoteView'
