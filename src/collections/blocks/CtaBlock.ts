import type { Block } from 'payload'

/** A closing call to action: a heading, a sentence and a button. */
export const CtaBlock: Block = {
  slug: 'cta',
  fields: [
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true, required: true },
    { name: 'text', type: 'textarea', label: { en: 'Text', fr: 'Texte' }, localized: true },
    { name: 'buttonLabel', type: 'text', label: { en: 'Button text', fr: 'Texte du bouton' }, localized: true, required: true },
    { name: 'link', type: 'text', defaultValue: '#dates', label: { en: 'Button link', fr: 'Lien du bouton' }, required: true },
  ],
  labels: { plural: { en: 'Calls to action', fr: 'Appels à l’action' }, singular: { en: 'Call to action', fr: 'Appel à l’action' } },
}
