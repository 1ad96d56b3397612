import type { CollectionConfig } from 'payload'

import { anyone, contentEditors } from '../access/roles'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  access: { create: contentEditors, delete: contentEditors, read: anyone, update: contentEditors },
  admin: { defaultColumns: ['question', 'order'], group: { en: 'Content', fr: 'Contenu' }, useAsTitle: 'question' },
  defaultSort: 'order',
  fields: [
    { name: 'question', type: 'text', label: { en: 'Question', fr: 'Question' }, localized: true, required: true },
    { name: 'answer', type: 'textarea', label: { en: 'Answer', fr: 'Réponse' }, localized: true, required: true },
    { name: 'order', type: 'number', defaultValue: 0, label: { en: 'Order', fr: 'Ordre' } },
  ],
  labels: { plural: { en: 'FAQ', fr: 'FAQ' }, singular: { en: 'Question', fr: 'Question' } },
}
