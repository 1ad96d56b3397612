export type { SanitizedTicketingPluginConfig, StaffRolesOf, TicketingAccess, TicketingPluginConfig, TicketingStaffRole } from '../types'
