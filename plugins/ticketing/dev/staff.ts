import type { Access, CollectionConfig } from 'payload'

import type { StaffRolesOf, TicketingStaffRole } from '@masterclass/plugin-ticketing/types'

/** What a staff member does here: one value per user, not an array of role names. */
export const POSITIONS = ['owner', 'ticket-desk', 'accountant', 'volunteer'] as const
export type Position = (typeof POSITIONS)[number]

/** How this host's positions map to the plugin's roles (a volunteer gets none). */
export const ROLES_BY_POSITION: Record<Position, readonly TicketingStaffRole[]> = {
  accountant: ['finance'],
  owner: ['admin'],
  'ticket-desk': ['editor'],
  volunteer: [],
}

/** The plugin's `staffRoles` option for this host. */
export const staffRolesByPosition: StaffRolesOf = (user) => ROLES_BY_POSITION[user.position as Position] ?? []

// (Typed loosely: in this repository `req.user` is typed by the site's generated types.)
const isOwner: Access = ({ req }) => (req.user as unknown as null | { position?: string })?.position === 'owner'

/** The dev host's staff: its own auth collection, with a `position` select instead of `roles`. */
export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    create: isOwner,
    delete: isOwner,
    read: (args) => (isOwner(args) ? true : args.req.user ? { id: { equals: args.req.user.id } } : false),
    update: isOwner,
  },
  admin: { defaultColumns: ['email', 'position'], useAsTitle: 'email' },
  auth: true,
  fields: [{ name: 'position', type: 'select', options: [...POSITIONS], required: true, saveToJWT: true }],
}
