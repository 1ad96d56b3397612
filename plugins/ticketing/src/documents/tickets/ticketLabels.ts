/** The words of a ticket in one language. */
export type TicketLabels = {
  booking: string
  code: string
  ends: string
  heading: string
  keep: string
  lang: string
  starts: string
  venue: string
}

const fr: TicketLabels = {
  booking: 'Réservation',
  code: 'Code du billet',
  ends: 'Fin',
  heading: 'Billet',
  keep: 'Présentez ce billet à l’entrée, imprimé ou sur votre téléphone. Il est personnel et vaut pour chaque jour de l’événement : ne partagez pas son QR code. À défaut, le code du billet suffit.',
  lang: 'fr-FR',
  starts: 'Début',
  venue: 'Lieu',
}

const en: TicketLabels = {
  booking: 'Booking',
  code: 'Ticket code',
  ends: 'Ends',
  heading: 'Ticket',
  keep: 'Show this ticket at the entrance, printed or on your phone. It is personal and valid for every day of the event: do not share its QR code. If it cannot be scanned, the ticket code will do.',
  lang: 'en-GB',
  starts: 'Starts',
  venue: 'Venue',
}

export const ticketLabels = (language: 'en' | 'fr'): TicketLabels => (language === 'en' ? en : fr)
