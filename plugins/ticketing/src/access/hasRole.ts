import type { PayloadRequest } from 'payload'

/** True when the request's user carries one of `roles` in its `rolesField` array. */
export const hasRole = (req: Pick<PayloadRequest, 'user'>, rolesField: string, roles: string[]): boolean => {
  const value = (req.user as null | Record<string, unknown>)?.[rolesField]
  return Array.isArray(value) && roles.some((role) => value.includes(role))
}
