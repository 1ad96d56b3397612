import type { Block } from 'payload'

/** The masterclass presentation: a heading, an introduction and a grid of points (programme, benefits). */
export const FeaturesBlock: Block = {
  slug: 'features',
  fields: [
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true, required: true },
    { name: 'intro', type: 'textarea', label: { en: 'Introduction', fr: 'Introduction' }, localized: true },
    {
      name: 'items',
      type: 'array',
      fields: [
        { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, required: true },
        { name: 'text', type: 'textarea', label: { en: 'Text', fr: 'Texte' } },
      ],
      label: { en: 'Points', fr: 'Points' },
      labels: { plural: { en: 'Points', fr: 'Points' }, singular: { en: 'Point', fr: 'Point' } },
      localized: true,
    },
  ],
  labels: { plural: { en: 'Presentations', fr: 'Présentations' }, singular: { en: 'Presentation', fr: 'Présentation' } },
}
