import type { CollectionConfig } from 'payload'

import { contentEditors, hasRole } from '../access/roles'
import { ContentBlock } from './blocks/ContentBlock'
import { CtaBlock } from './blocks/CtaBlock'
import { EventListBlock } from './blocks/EventListBlock'
import { FaqListBlock } from './blocks/FaqListBlock'
import { FeaturesBlock } from './blocks/FeaturesBlock'
import { HeroBlock } from './blocks/HeroBlock'
import { SpeakerBlock } from './blocks/SpeakerBlock'
import { livePreview } from './livePreview'

/** The page's address on the site: `home` is the site root of each language. */
export const pagePath = (slug: string, locale: string) => (slug === 'home' ? `/${locale}` : `/${locale}/${slug}`)

export const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    create: contentEditors,
    delete: contentEditors,
    // Drafts are for the office staff; door staff (checkin) and visitors read what is published.
    read: ({ req }) => (hasRole(req, 'admin', 'editor', 'finance') ? true : { _status: { equals: 'published' } }),
    update: contentEditors,
  },
  admin: {
    defaultColumns: ['title', 'slug', 'updatedAt'],
    group: { en: 'Content', fr: 'Contenu' },
    livePreview: livePreview(pagePath),
    useAsTitle: 'title',
  },
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', fr: 'Titre' }, localized: true, required: true },
    {
      name: 'slug',
      type: 'text',
      admin: { description: { en: '“home” is the home page.', fr: '« home » est la page d’accueil.' } },
      index: true,
      label: { en: 'Slug', fr: 'Identifiant d’URL' },
      required: true,
      unique: true,
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [HeroBlock, FeaturesBlock, SpeakerBlock, EventListBlock, FaqListBlock, CtaBlock, ContentBlock],
      label: { en: 'Sections', fr: 'Sections' },
      localized: true,
    },
    {
      name: 'meta',
      type: 'group',
      fields: [
        { name: 'description', type: 'textarea', label: { en: 'Description (search engines, sharing)', fr: 'Description (moteurs de recherche, partage)' }, localized: true, maxLength: 300 },
        { name: 'image', type: 'upload', label: { en: 'Sharing image', fr: 'Image de partage' }, relationTo: 'media' },
      ],
      label: { en: 'Search and sharing', fr: 'Référencement et partage' },
    },
  ],
  labels: { plural: { en: 'Pages', fr: 'Pages' }, singular: { en: 'Page', fr: 'Page' } },
  versions: { drafts: true },
}
