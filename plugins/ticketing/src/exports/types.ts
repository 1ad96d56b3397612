export type { SanitizedTicketingPluginConfig, TicketingAccess, TicketingPluginConfig } from '../types'
