import { formatEventDate } from '../formatEventDate'
import { renderEmail } from '../renderEmail'
import { resolveLocale } from '../resolveLocale'
import { strings } from '../strings'
import type { EmailEvent, RenderedEmail } from '../types'
import { eventDetails } from './eventDetails'

export type WaitlistOfferInput = {
  event: EmailEvent
  /** The entry's language. */
  locale: string
  name: string
  /** When the offer ends (ISO 8601), shown in the event's time zone. */
  expiresAt: string
  seats: number
  wanted: number
  /** Absolute URL of the booking form with the offer. */
  bookUrl: string
  /** Absolute URL that declines the offer. */
  declineUrl: string
}

const texts = {
  en: {
    action: 'Book my seats',
    decline: (url: string) => `Not going any more? Decline the offer so the seats go to the next person: ${url}`,
    heading: 'Seats are free for you',
    intro: (title: string, seats: number, wanted: number) =>
      `Good news: ${seats === 1 ? 'a seat' : `${seats} seats`} for ${title} ${seats === 1 ? 'is' : 'are'} held for you${seats < wanted ? ` (you asked for ${wanted})` : ''}.`,
    subject: (title: string) => `Seats are free for you: ${title}`,
    until: (date: string) => `They are yours until ${date}. After that they go to the next person on the waiting list.`,
    seats: 'Seats offered',
  },
  fr: {
    action: 'Réserver mes places',
    decline: (url: string) => `Vous ne venez plus ? Déclinez l’offre pour que les places aillent à la personne suivante : ${url}`,
    heading: 'Des places se sont libérées pour vous',
    intro: (title: string, seats: number, wanted: number) =>
      `Bonne nouvelle : ${seats === 1 ? 'une place' : `${seats} places`} pour ${title} ${seats === 1 ? 'vous est réservée' : 'vous sont réservées'}${seats < wanted ? ` (vous en demandiez ${wanted})` : ''}.`,
    subject: (title: string) => `Des places se sont libérées : ${title}`,
    until: (date: string) => `Elles vous attendent jusqu’au ${date}. Ensuite, elles iront à la personne suivante sur la liste d’attente.`,
    seats: 'Places proposées',
  },
}

/** A waiting-list offer: seats held for the entry until a date, a link to book them and one to decline, in the entry's language. */
export function renderWaitlistOffer(input: WaitlistOfferInput): RenderedEmail {
  const locale = resolveLocale(input.locale)
  const t = texts[locale]
  const common = strings[locale]
  return renderEmail({
    kind: 'waitlistOffer',
    lang: locale,
    subject: t.subject(input.event.title),
    heading: t.heading,
    paragraphs: [common.greeting(input.name), t.intro(input.event.title, input.seats, input.wanted), t.until(formatEventDate(input.expiresAt, input.event.timezone, locale))],
    action: { label: t.action, url: input.bookUrl },
    details: [...eventDetails(input.event, locale), { label: t.seats, value: String(input.seats) }],
    after: [t.decline(input.declineUrl), common.signOff],
    footer: common.footer,
  })
}
