import type { CollectionConfig } from 'payload'

import { admins, hasRole, ROLES } from '../access/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: admins,
    delete: admins,
    read: ({ req }) => (hasRole(req, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    update: ({ req }) => (hasRole(req, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
  },
  admin: { defaultColumns: ['email', 'name', 'roles'], group: 'Admin', useAsTitle: 'email' },
  auth: true,
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      access: { update: ({ req }) => hasRole(req, 'admin') },
      defaultValue: ['editor'],
      hasMany: true,
      options: ROLES.map((role) => ({ label: role, value: role })),
      required: true,
      saveToJWT: true,
    },
  ],
  hooks: {
    beforeChange: [
      // The very first user, created over HTTP through first-register, is always an admin.
      async ({ data, operation, req }) => {
        if (operation !== 'create' || req.user || req.payloadAPI === 'local') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req })
        if (totalDocs === 0) return { ...data, roles: ['admin'] }
        return data
      },
    ],
  },
}
