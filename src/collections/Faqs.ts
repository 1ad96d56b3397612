import type { CollectionConfig } from 'payload'

import { anyone, contentEditors } from '../access/roles'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  access: { create: contentEditors, delete: contentEditors, read: anyone, update: contentEditors },
  admin: { defaultColumns: ['question', 'order'], group: 'Content', useAsTitle: 'question' },
  defaultSort: 'order',
  fields: [
    { name: 'question', type: 'text', localized: true, required: true },
    { name: 'answer', type: 'textarea', localized: true, required: true },
    { name: 'order', type: 'number', defaultValue: 0 },
  ],
}
