import type { Block, CollectionConfig } from 'payload'

import { contentEditors } from '../access/roles'

const Hero: Block = {
  slug: 'hero',
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true },
    { name: 'subheading', type: 'textarea', localized: true },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}

const Content: Block = {
  slug: 'content',
  fields: [{ name: 'body', type: 'richText', localized: true }],
}

const EventList: Block = {
  slug: 'eventList',
  fields: [{ name: 'heading', type: 'text', localized: true }],
}

const FaqList: Block = {
  slug: 'faqList',
  fields: [{ name: 'heading', type: 'text', localized: true }],
}

export const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    create: contentEditors,
    delete: contentEditors,
    read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }),
    update: contentEditors,
  },
  admin: { defaultColumns: ['title', 'slug', 'updatedAt'], group: 'Content', useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'slug', type: 'text', index: true, required: true, unique: true },
    { name: 'layout', type: 'blocks', blocks: [Hero, Content, EventList, FaqList], localized: true },
  ],
  versions: { drafts: true },
}
