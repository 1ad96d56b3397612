import type { Block } from 'payload'

/** Free text (rich text). */
export const ContentBlock: Block = {
  slug: 'content',
  fields: [
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true },
    { name: 'body', type: 'richText', label: { en: 'Text', fr: 'Texte' }, localized: true },
  ],
  labels: { plural: { en: 'Text sections', fr: 'Sections de texte' }, singular: { en: 'Text section', fr: 'Section de texte' } },
}
