import type { CollectionConfig } from 'payload'

import { anyone, contentEditors } from '../access/roles'

export const Speakers: CollectionConfig = {
  slug: 'speakers',
  access: { create: contentEditors, delete: contentEditors, read: anyone, update: contentEditors },
  admin: { defaultColumns: ['name', 'role'], group: 'Content', useAsTitle: 'name' },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'role', type: 'text', localized: true },
    { name: 'bio', type: 'richText', localized: true },
    { name: 'photo', type: 'upload', relationTo: 'media' },
  ],
}
