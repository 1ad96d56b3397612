import type { PayloadRequest } from 'payload'

import type { StaffRolesOf, TicketingStaffRole } from '../types'

/** True when the request's signed-in user has one of `wanted`, as the host's `staffRoles` mapping tells. */
export const hasRole = (req: Pick<PayloadRequest, 'user'>, staffRoles: StaffRolesOf, wanted: TicketingStaffRole[]): boolean => {
  if (!req.user) return false
  const held = staffRoles(req.user as unknown as Parameters<StaffRolesOf>[0])
  return Array.isArray(held) && wanted.some((role) => held.includes(role))
}
