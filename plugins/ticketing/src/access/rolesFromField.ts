import type { StaffRolesOf, TicketingStaffRole } from '../types'

/**
 * The default `staffRoles`: the user's `rolesField` holds an array of role names, and `roles`
 * says which name stands for each plugin role.
 */
export const rolesFromField =
  (rolesField: string, roles: Record<TicketingStaffRole, string>): StaffRolesOf =>
  (user) => {
    const names = user[rolesField]
    if (!Array.isArray(names)) return []
    return (Object.keys(roles) as TicketingStaffRole[]).filter((role) => names.includes(roles[role]))
  }
