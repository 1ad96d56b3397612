import type { CollectionConfig } from 'payload'

import { anyone, contentEditors } from '../access/roles'

export const Media: CollectionConfig = {
  slug: 'media',
  access: { create: contentEditors, delete: contentEditors, read: anyone, update: contentEditors },
  admin: { group: { en: 'Content', fr: 'Contenu' } },
  fields: [{ name: 'alt', type: 'text', label: { en: 'Alternative text', fr: 'Texte alternatif' }, localized: true, required: true }],
  labels: { plural: { en: 'Media', fr: 'Médias' }, singular: { en: 'Media', fr: 'Média' } },
  upload: { mimeTypes: ['image/*'], staticDir: '.data/media' },
}
