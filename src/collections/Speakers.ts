import type { CollectionConfig } from 'payload'

import { anyone, contentEditors } from '../access/roles'

export const Speakers: CollectionConfig = {
  slug: 'speakers',
  access: { create: contentEditors, delete: contentEditors, read: anyone, update: contentEditors },
  admin: { defaultColumns: ['name', 'role'], group: { en: 'Content', fr: 'Contenu' }, useAsTitle: 'name' },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' }, required: true },
    { name: 'role', type: 'text', label: { en: 'Role', fr: 'Fonction' }, localized: true },
    { name: 'bio', type: 'richText', label: { en: 'Biography', fr: 'Biographie' }, localized: true },
    { name: 'photo', type: 'upload', label: { en: 'Photo', fr: 'Photo' }, relationTo: 'media' },
  ],
  labels: { plural: { en: 'Speakers', fr: 'Intervenants' }, singular: { en: 'Speaker', fr: 'Intervenant' } },
}
