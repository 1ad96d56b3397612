import type { Block } from 'payload'

/** The tour dates: one card per upcoming city event, with live price and seats. */
export const EventListBlock: Block = {
  slug: 'eventList',
  fields: [
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true },
    { name: 'intro', type: 'textarea', label: { en: 'Introduction', fr: 'Introduction' }, localized: true },
  ],
  labels: { plural: { en: 'Tour dates', fr: 'Dates de la tournée' }, singular: { en: 'Tour dates', fr: 'Dates de la tournée' } },
}
