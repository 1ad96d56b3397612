import type { Block } from 'payload'

/** The questions of the FAQ collection, in their order. */
export const FaqListBlock: Block = {
  slug: 'faqList',
  fields: [{ name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true }],
  labels: { plural: { en: 'FAQ', fr: 'FAQ' }, singular: { en: 'FAQ', fr: 'FAQ' } },
}
