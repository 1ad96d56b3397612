import type { EmailBooking, EmailEvent } from '../types'

const parisEvent: EmailEvent = {
  title: 'Masterclass de violon',
  city: 'Paris',
  venueName: 'Salle Cortot',
  venueAddress: '78 rue Cardinet\n75017 Paris',
  startsAt: '2027-03-12T08:00:00Z',
  endsAt: '2027-03-12T16:00:00Z',
  timezone: 'Europe/Paris',
  slug: 'paris-2027',
}

const torontoEvent: EmailEvent = {
  title: 'Violin Masterclass',
  city: 'Toronto',
  venueName: 'Koerner Hall',
  venueAddress: '273 Bloor St W, Toronto, ON',
  startsAt: '2027-05-07T13:00:00Z',
  endsAt: null,
  timezone: 'America/Toronto',
  slug: 'toronto-2027',
}

const booking: EmailBooking = {
  reference: 'MC-7KQ2XD',
  quantity: 2,
  currency: 'EUR',
  total: 45000,
  amountRefunded: 0,
  buyerName: 'Camille Martin',
  buyerEmail: 'camille@example.com',
  locale: 'fr',
  expiresAt: '2027-03-01T10:30:00Z',
  attendees: [
    { name: 'Camille Martin', ticketCode: 'T-4F7K-9QX2' },
    { name: 'Léa Dubois', ticketCode: null },
  ],
}

/** Intl separates with (narrow) no-break spaces; tests compare with plain spaces. */
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ')

/** Test data for the email specs: a Paris (EUR) and a Toronto event, a two-seat booking. */
export const emailFixtures = {
  parisEvent,
  torontoEvent,
  booking,
  bookingUrl: 'https://tickets.example.com/reservation/MC-7KQ2XD?t=a1b2',
  plain,
}
