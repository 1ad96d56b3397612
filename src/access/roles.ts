import type { Access, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'finance', 'checkin'] as const
export type Role = (typeof ROLES)[number]

type WithRoles = { roles?: null | string[] }

export const hasRole = (req: Pick<PayloadRequest, 'user'>, ...roles: Role[]): boolean => {
  const userRoles = (req.user as null | WithRoles)?.roles ?? []
  return roles.some((role) => userRoles.includes(role))
}

export const anyone: Access = () => true
export const staff: Access = ({ req }) => hasRole(req, 'admin', 'editor', 'finance')
export const contentEditors: Access = ({ req }) => hasRole(req, 'admin', 'editor')
export const admins: Access = ({ req }) => hasRole(req, 'admin')
