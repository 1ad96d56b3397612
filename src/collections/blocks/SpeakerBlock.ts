import type { Block } from 'payload'

/**
 * One speaker from the Speakers collection, with photo, role and biography. Its own type name:
 * "Speaker" is the collection's, and GraphQL refuses two types of one name.
 */
export const SpeakerBlock: Block = {
  slug: 'speaker',
  interfaceName: 'SpeakerBlock',
  fields: [
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' }, localized: true },
    { name: 'speaker', type: 'relationship', label: { en: 'Speaker', fr: 'Intervenant' }, relationTo: 'speakers', required: true },
  ],
  labels: { plural: { en: 'Speakers', fr: 'Intervenants' }, singular: { en: 'Speaker', fr: 'Intervenant' } },
}
