import type { Payload } from 'payload'

import { faqEntries } from './faqEntries'
import { homePage } from './homePage'
import { speakerBio } from './speakerBio'

type Log = (line: string) => void

/** Speaker, FAQ and home page, in French and English (each only when missing). */
export const demoContent = async (payload: Payload, log: Log): Promise<void> => {
  let speaker = (await payload.find({ collection: 'speakers', limit: 1, where: { name: { equals: 'Russ Harris' } } })).docs[0]
  if (!speaker) {
    speaker = await payload.create({ collection: 'speakers', data: { name: 'Russ Harris', ...speakerBio.fr }, locale: 'fr' })
    await payload.update({ id: speaker.id, collection: 'speakers', data: speakerBio.en, locale: 'en' })
    log('[seed] speaker Russ Harris')
  }
  if (!(await payload.count({ collection: 'faqs' })).totalDocs) {
    for (const [order, item] of faqEntries.entries()) {
      const faq = await payload.create({ collection: 'faqs', data: { answer: item.answer.fr, order, question: item.question.fr }, locale: 'fr' })
      await payload.update({ id: faq.id, collection: 'faqs', data: { answer: item.answer.en, question: item.question.en }, locale: 'en' })
    }
    log(`[seed] ${faqEntries.length} FAQ entries`)
  }
  if (!(await payload.count({ collection: 'pages', where: { slug: { equals: 'home' } } })).totalDocs) {
    const withSpeaker = (layout: typeof homePage.fr.layout) =>
      layout.map((block) => (block.blockType === 'speaker' ? { ...block, speaker: speaker.id } : block)) as never
    const page = await payload.create({
      collection: 'pages',
      data: { _status: 'published', layout: withSpeaker(homePage.fr.layout), meta: homePage.fr.meta, slug: 'home', title: homePage.fr.title },
      locale: 'fr',
    })
    await payload.update({
      id: page.id,
      collection: 'pages',
      data: { _status: 'published', layout: withSpeaker(homePage.en.layout), meta: homePage.en.meta, title: homePage.en.title },
      locale: 'en',
    })
    log('[seed] home page')
  }
}
