import type { Block } from 'payload'

/** The top of a page: a short kicker, the heading, a sentence and the main call to action. */
export const HeroBlock: Block = {
  slug: 'hero',
  fields: [
    { name: 'eyebrow', type: 'text', label: { en: 'Kicker', fr: 'Surtitre' }, localized: true },
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true, required: true },
    { name: 'subheading', type: 'textarea', label: { en: 'Subheading', fr: 'Sous-titre' }, localized: true },
    { name: 'ctaLabel', type: 'text', label: { en: 'Button text', fr: 'Texte du bouton' }, localized: true },
    {
      name: 'ctaLink',
      type: 'text',
      admin: { description: { en: 'A path such as /book/paris-2027, or #dates for the tour dates.', fr: 'Un chemin comme /book/paris-2027, ou #dates pour les dates de la tournée.' } },
      label: { en: 'Button link', fr: 'Lien du bouton' },
    },
    {
      name: 'facts',
      type: 'array',
      fields: [
        { name: 'value', type: 'text', label: { en: 'Figure', fr: 'Chiffre' }, required: true },
        { name: 'label', type: 'text', label: { en: 'Label', fr: 'Libellé' }, required: true },
      ],
      label: { en: 'Key facts', fr: 'Chiffres clés' },
      labels: { plural: { en: 'Key facts', fr: 'Chiffres clés' }, singular: { en: 'Key fact', fr: 'Chiffre clé' } },
      localized: true,
      maxRows: 4,
    },
    { name: 'image', type: 'upload', label: { en: 'Image', fr: 'Image' }, relationTo: 'media' },
  ],
  labels: { plural: { en: 'Heroes', fr: 'Bandeaux' }, singular: { en: 'Hero', fr: 'Bandeau' } },
}
