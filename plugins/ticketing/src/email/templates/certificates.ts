import { renderEmail } from '../renderEmail'
import type { EmailStrings } from '../strings'
import type { EmailAttachment, EmailLocale, RenderedEmail } from '../types'

const words = {
  en: {
    subject: (title: string) => `Your certificate of attendance: ${title}`,
    heading: 'Your certificate of attendance',
    intro: (title: string, count: number) =>
      count === 1 ? `Thank you for taking part in ${title}. Your certificate of attendance is attached (PDF).` : `Thank you for taking part in ${title}. The ${count} certificates of attendance are attached (PDF).`,
    verify: 'Anyone can check a certificate at the address printed on it, or by scanning its QR code.',
    list: 'Certificates',
  },
  fr: {
    subject: (title: string) => `Votre attestation de présence : ${title}`,
    heading: 'Votre attestation de présence',
    intro: (title: string, count: number) =>
      count === 1 ? `Merci d’avoir participé à ${title}. Votre attestation de présence est jointe (PDF).` : `Merci d’avoir participé à ${title}. Les ${count} attestations de présence sont jointes (PDF).`,
    verify: 'Chacun peut vérifier une attestation à l’adresse imprimée dessus, ou en scannant son QR code.',
    list: 'Attestations',
  },
} as const

/** The email that carries certificates of attendance (one or several PDFs) to one recipient. */
export function renderCertificates({ attachments, greetingName, items, locale, text, title }: { attachments: EmailAttachment[]; greetingName: string; items: string[]; locale: EmailLocale; text: EmailStrings; title: string }): RenderedEmail {
  const w = words[locale]
  return renderEmail({
    after: [w.verify, text.signOff],
    attachments,
    footer: text.footer,
    heading: w.heading,
    kind: 'certificates',
    lang: locale,
    list: { items, title: w.list },
    paragraphs: [text.greeting(greetingName), w.intro(title, attachments.length)],
    subject: w.subject(title),
  })
}
