import type { CollectionConfig } from 'payload'

import { admins, hasRole, ROLES } from '../access/roles'

const ROLE_LABELS = {
  admin: { en: 'Administrator', fr: 'Administrateur' },
  checkin: { en: 'Door staff (check-in)', fr: 'Accueil (contrôle des billets)' },
  editor: { en: 'Editor', fr: 'Éditeur' },
  finance: { en: 'Finance', fr: 'Finance' },
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: admins,
    delete: admins,
    read: ({ req }) => (hasRole(req, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    update: ({ req }) => (hasRole(req, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
  },
  admin: { defaultColumns: ['email', 'name', 'roles'], group: { en: 'Administration', fr: 'Administration' }, useAsTitle: 'email' },
  auth: true,
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'roles',
      type: 'select',
      access: { update: ({ req }) => hasRole(req, 'admin') },
      defaultValue: ['editor'],
      hasMany: true,
      label: { en: 'Roles', fr: 'Rôles' },
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      required: true,
      saveToJWT: true,
    },
  ],
  labels: { plural: { en: 'Users', fr: 'Utilisateurs' }, singular: { en: 'User', fr: 'Utilisateur' } },
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
