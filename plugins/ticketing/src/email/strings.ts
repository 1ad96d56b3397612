import type { EmailLocale } from './types'

const en = {
  /** BCP 47 tags for Intl: dates and money, then times ("9:00 AM"). */
  intlLocale: 'en-GB',
  timeLocale: 'en-US',
  zone: (city: string) => `${city} time`,
  greeting: (name: string) => (name.trim() ? `Hello ${name.trim()},` : 'Hello,'),
  signOff: 'See you soon!',
  footer: 'You are receiving this email about a booking made on our website. Please keep it.',
  labels: {
    reference: 'Booking reference',
    event: 'Event',
    city: 'City',
    venue: 'Venue',
    date: 'Date',
    tickets: 'Tickets',
    amountPaid: 'Amount paid',
    amountDue: 'Amount due',
    amountRefunded: 'Amount refunded',
    bookingTotal: 'Booking total',
  },
  confirmation: {
    subject: (ref: string, title: string) => `Booking confirmed: ${title} (${ref})`,
    heading: 'Your booking is confirmed',
    intro: (title: string) => `Thank you! Your payment has been received and your seats for ${title} are confirmed.`,
    attendees: 'Attendees and ticket codes',
    attendee: (name: string, code: string | null) => `${name}: ${code ?? 'code to follow'}`,
    action: 'View my booking',
    calendar: 'The attached .ics file adds the event to your calendar.',
    codes: 'Each attendee will be asked for their ticket code at the entrance.',
  },
  paymentFailed: {
    subject: (ref: string) => `Payment not completed for booking ${ref}`,
    heading: 'Your payment did not go through',
    intro: (title: string) => `We could not take the payment for your booking for ${title}. You have not been charged.`,
    holdUntil: (date: string) => `Your seats are held until ${date}: you can retry the payment until then.`,
    holdUnknown: 'Your seats are held for a limited time: you can retry the payment in the meantime.',
    action: 'Retry payment',
    after: 'If you do not complete the payment in time, the seats will be released and the booking cancelled automatically.',
  },
  refund: {
    subject: (ref: string, full: boolean) => `${full ? 'Refund' : 'Partial refund'} for booking ${ref}`,
    heading: (full: boolean): string => (full ? 'Your booking has been refunded' : 'A partial refund has been issued'),
    intro: (amount: string, title: string, full: boolean) =>
      full
        ? `We have refunded the full amount of your booking for ${title}: ${amount}.`
        : `We have refunded part of your booking for ${title}: ${amount}.`,
    delay: 'The refund goes back to the card used for the payment. Depending on your bank, it appears within 5 to 10 business days.',
  },
  eventCancelled: {
    subject: (ref: string, title: string) => `Event cancelled: ${title} (booking ${ref})`,
    heading: 'This event is cancelled',
    intro: (title: string) => `We are sorry: ${title} has been cancelled and will not take place.`,
    refunded: (amount: string) => `Your booking has been cancelled and we have refunded what you paid and had not yet been refunded: ${amount}.`,
    notPaid: 'Your booking had not been paid: it has been cancelled and you will not be charged.',
    apology: 'We apologise for the inconvenience and hope to see you at another date of the tour.',
  },
  lateRefund: {
    subject: (ref: string) => `Your payment has been refunded (booking ${ref})`,
    heading: 'We are sorry: your payment arrived too late',
    intro: (title: string) =>
      `Your payment for ${title} reached us after the time your seats were held for had run out, and in the meantime those seats were booked by other people.`,
    refunded: (amount: string) =>
      `We have therefore automatically refunded your payment in full: ${amount}. You do not need to do anything.`,
    noSeats: 'No seats are booked in your name for this event, and no ticket will be issued.',
    delay: 'The refund goes back to the card used for the payment. Depending on your bank, it appears within 5 to 10 business days.',
    apology: 'We apologise for the inconvenience. If you have any questions, contact us and quote your booking reference.',
  },
}

/** The strings of one locale; English is the source of truth for the shape. */
export type EmailStrings = typeof en

const fr: EmailStrings = {
  intlLocale: 'fr-FR',
  timeLocale: 'fr-FR',
  zone: (city: string) => (/^[aeiouyàâäéèêëîïôöûùüœ]/i.test(city) ? `heure d’${city}` : `heure de ${city}`),
  greeting: (name: string) => (name.trim() ? `Bonjour ${name.trim()},` : 'Bonjour,'),
  signOff: 'À bientôt !',
  footer: 'Vous recevez cet e-mail au sujet d’une réservation effectuée sur notre site. Merci de le conserver.',
  labels: {
    reference: 'Référence de réservation',
    event: 'Événement',
    city: 'Ville',
    venue: 'Lieu',
    date: 'Date',
    tickets: 'Billets',
    amountPaid: 'Montant payé',
    amountDue: 'Montant à payer',
    amountRefunded: 'Montant remboursé',
    bookingTotal: 'Total de la réservation',
  },
  confirmation: {
    subject: (ref: string, title: string) => `Réservation confirmée : ${title} (${ref})`,
    heading: 'Votre réservation est confirmée',
    intro: (title: string) => `Merci ! Votre paiement a bien été reçu et vos places pour ${title} sont confirmées.`,
    attendees: 'Participants et codes des billets',
    attendee: (name: string, code: string | null) => `${name} : ${code ?? 'code à venir'}`,
    action: 'Voir ma réservation',
    calendar: 'Le fichier .ics joint ajoute l’événement à votre agenda.',
    codes: 'Le code de son billet sera demandé à chaque participant à l’entrée.',
  },
  paymentFailed: {
    subject: (ref: string) => `Paiement non abouti pour la réservation ${ref}`,
    heading: 'Votre paiement n’a pas abouti',
    intro: (title: string) => `Le paiement de votre réservation pour ${title} n’a pas pu être effectué. Aucun montant n’a été débité.`,
    holdUntil: (date: string) => `Vos places restent réservées jusqu’au ${date} : vous pouvez réessayer le paiement d’ici là.`,
    holdUnknown: 'Vos places restent réservées pendant une durée limitée : vous pouvez réessayer le paiement d’ici là.',
    action: 'Réessayer le paiement',
    after: 'Sans paiement dans ce délai, les places seront libérées et la réservation annulée automatiquement.',
  },
  refund: {
    subject: (ref: string, full: boolean) => `${full ? 'Remboursement' : 'Remboursement partiel'} de la réservation ${ref}`,
    heading: (full: boolean) => (full ? 'Votre réservation a été remboursée' : 'Un remboursement partiel a été effectué'),
    intro: (amount: string, title: string, full: boolean) =>
      full
        ? `Nous vous avons remboursé l’intégralité de votre réservation pour ${title} : ${amount}.`
        : `Nous vous avons remboursé une partie de votre réservation pour ${title} : ${amount}.`,
    delay: 'Le remboursement est effectué sur la carte utilisée pour le paiement. Selon votre banque, il apparaît sous 5 à 10 jours ouvrés.',
  },
  eventCancelled: {
    subject: (ref: string, title: string) => `Événement annulé : ${title} (réservation ${ref})`,
    heading: 'Cet événement est annulé',
    intro: (title: string) => `Nous sommes désolés : ${title} est annulé et n’aura pas lieu.`,
    refunded: (amount: string) => `Votre réservation est annulée et nous vous avons remboursé ce que vous aviez payé et qui ne l’était pas encore : ${amount}.`,
    notPaid: 'Votre réservation n’avait pas été payée : elle est annulée et vous ne serez pas débité.',
    apology: 'Nous vous prions de nous excuser pour ce désagrément et espérons vous retrouver à une autre date de la tournée.',
  },
  lateRefund: {
    subject: (ref: string) => `Votre paiement a été remboursé (réservation ${ref})`,
    heading: 'Toutes nos excuses : votre paiement est arrivé trop tard',
    intro: (title: string) =>
      `Votre paiement pour ${title} nous est parvenu après la fin du délai pendant lequel vos places étaient réservées, et ces places ont entre-temps été attribuées à d’autres personnes.`,
    refunded: (amount: string) =>
      `Nous vous avons donc remboursé intégralement et automatiquement : ${amount}. Vous n’avez rien à faire.`,
    noSeats: 'Aucune place n’est réservée à votre nom pour cet événement et aucun billet ne sera émis.',
    delay: 'Le remboursement est effectué sur la carte utilisée pour le paiement. Selon votre banque, il apparaît sous 5 à 10 jours ouvrés.',
    apology: 'Nous sommes désolés pour ce désagrément. Pour toute question, contactez-nous en indiquant votre référence de réservation.',
  },
}

/** Customer email strings, one complete object per locale. */
export const strings: Readonly<Record<EmailLocale, EmailStrings>> = { en, fr }
