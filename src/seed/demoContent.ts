import type { Payload } from 'payload'

type Log = (line: string) => void

const FAQ = [
  {
    answer: {
      en: 'Your seats are held for 15 minutes while you pay. After that they go back on sale.',
      fr: 'Vos places sont réservées 15 minutes pendant le paiement. Passé ce délai, elles sont remises en vente.',
    },
    question: { en: 'How long are my seats held?', fr: 'Combien de temps mes places sont-elles bloquées ?' },
  },
  {
    answer: {
      en: 'Book 3 seats or more and the group discount applies automatically (outside the early-bird period).',
      fr: 'À partir de 3 places, la remise de groupe s’applique automatiquement (hors période early bird).',
    },
    question: { en: 'Is there a group price?', fr: 'Y a-t-il un tarif de groupe ?' },
  },
]

/** Speaker, FAQ and home page, in French and English. */
export const demoContent = async (payload: Payload, log: Log): Promise<void> => {
  if (!(await payload.count({ collection: 'speakers' })).totalDocs) {
    const speaker = await payload.create({
      collection: 'speakers',
      data: { name: 'Russ Harris', role: 'Médecin, formateur ACT de renommée internationale' },
      locale: 'fr',
    })
    await payload.update({ id: speaker.id, collection: 'speakers', data: { role: 'Medical doctor and world-renowned ACT trainer' }, locale: 'en' })
    log('[seed] speaker Russ Harris')
  }
  if (!(await payload.count({ collection: 'faqs' })).totalDocs) {
    for (const [order, item] of FAQ.entries()) {
      const faq = await payload.create({ collection: 'faqs', data: { answer: item.answer.fr, order, question: item.question.fr }, locale: 'fr' })
      await payload.update({ id: faq.id, collection: 'faqs', data: { answer: item.answer.en, question: item.question.en }, locale: 'en' })
    }
    log(`[seed] ${FAQ.length} FAQ entries`)
  }
  if (!(await payload.count({ collection: 'pages', where: { slug: { equals: 'home' } } })).totalDocs) {
    const page = await payload.create({
      collection: 'pages',
      data: {
        _status: 'published',
        layout: [
          { blockType: 'hero', heading: 'Masterclass ACT avec Russ Harris', subheading: 'Deux jours pour pratiquer la thérapie d’acceptation et d’engagement.' },
          { blockType: 'eventList', heading: 'Dates de la tournée' },
          { blockType: 'faqList', heading: 'Questions fréquentes' },
        ],
        slug: 'home',
        title: 'Accueil',
      },
      locale: 'fr',
    })
    await payload.update({
      id: page.id,
      collection: 'pages',
      data: {
        _status: 'published',
        layout: [
          { blockType: 'hero', heading: 'ACT Masterclass with Russ Harris', subheading: 'Two days to practise Acceptance and Commitment Therapy.' },
          { blockType: 'eventList', heading: 'Tour dates' },
          { blockType: 'faqList', heading: 'Frequently asked questions' },
        ],
        title: 'Home',
      },
      locale: 'en',
    })
    log('[seed] home page')
  }
}
