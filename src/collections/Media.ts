import type { CollectionConfig } from 'payload'

import { anyone, contentEditors } from '../access/roles'

export const Media: CollectionConfig = {
  slug: 'media',
  access: { create: contentEditors, delete: contentEditors, read: anyone, update: contentEditors },
  admin: { group: 'Content' },
  fields: [{ name: 'alt', type: 'text', localized: true, required: true }],
  upload: { mimeTypes: ['image/*'], staticDir: '.data/media' },
}
