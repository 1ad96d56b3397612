import type { FrozenCertificate, FrozenInvoice, FrozenTicket, SellerBlock, ServiceBlock } from '../types'

export const frenchSeller: SellerBlock = {
  address: { city: 'Paris', country: 'FR', line1: '12 rue de la Paix', postalCode: '75002' },
  email: 'factures@contextual-minds.fr',
  legalForm: 'SAS',
  name: 'Contextual Minds',
  registrationNumber: '85234567800012',
  registryCity: 'Paris',
  shareCapital: '10 000 €',
  taxes: [{ name: 'TVA', ratePercent: '20' }],
  timezone: 'Europe/Paris',
  vatNumber: 'FR32852345678',
}

export const quebecSeller: SellerBlock = {
  address: { city: 'Montréal', country: 'CA', line1: '2000 rue Peel, bureau 700', postalCode: 'H3A 2W5', region: 'Québec' },
  email: 'facturation@contextual-minds.ca',
  legalForm: 'Inc.',
  name: 'Contextual Minds Canada',
  registrationNumber: '1176543210',
  taxes: [
    { name: 'TPS', number: '812345678 RT0001', ratePercent: '5' },
    { name: 'TVQ', number: '1234567890 TQ0001', ratePercent: '9.975' },
  ],
  timezone: 'America/Toronto',
}

export const exemptSeller: SellerBlock = {
  address: { city: 'Lyon', country: 'FR', line1: '8 quai Saint-Vincent', postalCode: '69001' },
  exemptionText: 'TVA non applicable, art. 293 B du CGI',
  legalForm: 'EI',
  name: 'Claire Fontaine Formation',
  registrationNumber: '912345678',
  taxes: [],
}

export const parisService: ServiceBlock = {
  city: 'Paris',
  endsAt: '2027-03-13T16:30:00.000Z',
  startsAt: '2027-03-12T08:00:00.000Z',
  timezone: 'Europe/Paris',
  title: 'Masterclass ACT avec Russ Harris — Paris',
  venueName: 'Palais des Congrès',
}

/** 3 seats at 450 € less the 10 % group discount and a 45 € promo code: 1 170,00 € TTC, TVA 20 %. */
export const frenchInvoice: FrozenInvoice = {
  bookingReference: 'MC-7KQ2-XD4M',
  buyer: {
    address: { city: 'Bordeaux', country: 'FR', line1: '24 cours de l’Intendance', line2: 'Service formation', postalCode: '33000' },
    company: 'Clinique des Tilleuls',
    email: 'formation@clinique-tilleuls.fr',
    name: 'Claire Martin',
    registrationNumber: '552100554',
    vatNumber: 'FR40552100554',
  },
  currency: 'EUR',
  discounts: [
    { amount: 13_500, kind: 'GROUP' },
    { amount: 4_500, code: 'PRINTEMPS', kind: 'PROMO' },
  ],
  issueDate: '2026-12-05',
  issuedAt: '2026-12-05T09:14:03.000Z',
  kind: 'INVOICE',
  language: 'fr',
  lines: [{ amount: 135_000, attendeeNames: ['Claire Martin', 'Paul Durand', 'Inès Benali'], quantity: 3, ticketType: 'REGULAR', unitPrice: 45_000 }],
  number: 'FA2026-00042',
  payment: { date: '2026-12-05T09:13:58.000Z', method: 'card' },
  purchaseOrder: 'BC-2026-1187',
  seller: frenchSeller,
  service: parisService,
  tax: 19_500,
  taxes: [{ amount: 19_500, base: 97_500, name: 'TVA', ratePercent: '20' }],
  total: 117_000,
  totalExclTax: 97_500,
}

/** A booking made in English, by a person, early bird and regular seats: 840,00 € TTC. */
export const bilingualInvoice: FrozenInvoice = {
  ...frenchInvoice,
  bookingReference: 'MC-3HT8-QW2P',
  buyer: { address: { city: 'London', country: 'GB', line1: '221B Baker Street', postalCode: 'NW1 6XE' }, email: 'j.watson@example.co.uk', name: 'John Watson' },
  discounts: [],
  language: 'fr-en',
  lines: [
    { amount: 39_000, attendeeNames: ['John Watson'], quantity: 1, ticketType: 'EARLY_BIRD', unitPrice: 39_000 },
    { amount: 45_000, attendeeNames: ['Mary Morstan'], quantity: 1, ticketType: 'REGULAR', unitPrice: 45_000 },
  ],
  number: 'FA2026-00043',
  purchaseOrder: null,
  tax: 14_000,
  taxes: [{ amount: 14_000, base: 70_000, name: 'TVA', ratePercent: '20' }],
  total: 84_000,
  totalExclTax: 70_000,
}

/** Montréal, 2 seats at 695 $ taxes included: TPS 5 % and TVQ 9,975 % on 1 208,96 $. */
export const quebecInvoice: FrozenInvoice = {
  bookingReference: 'MC-9PL4-MN7R',
  buyer: { address: { city: 'Québec', country: 'CA', line1: '1200 avenue Cartier', postalCode: 'G1R 2S7', region: 'Québec' }, name: 'Sophie Tremblay' },
  currency: 'CAD',
  discounts: [],
  issueDate: '2027-02-10',
  issuedAt: '2027-02-10T15:02:11.000Z',
  kind: 'INVOICE',
  language: 'fr',
  lines: [{ amount: 139_000, attendeeNames: ['Sophie Tremblay', 'Marc Gagnon'], quantity: 2, ticketType: 'REGULAR', unitPrice: 69_500 }],
  number: 'QC2027-00007',
  payment: { date: '2027-02-10T15:01:40.000Z', method: 'card' },
  seller: quebecSeller,
  service: { city: 'Montréal', endsAt: '2027-05-08T20:30:00.000Z', startsAt: '2027-05-07T13:00:00.000Z', timezone: 'America/Toronto', title: 'Masterclass ACT avec Russ Harris — Montréal', venueName: 'Palais des congrès de Montréal' },
  tax: 18_104,
  taxes: [
    { amount: 6_045, base: 120_896, name: 'TPS', number: '812345678 RT0001', ratePercent: '5' },
    { amount: 12_059, base: 120_896, name: 'TVQ', number: '1234567890 TQ0001', ratePercent: '9.975' },
  ],
  total: 139_000,
  totalExclTax: 120_896,
}

/** A partial refund of the French invoice: 450,00 € credited for one cancelled seat. */
export const creditNote: FrozenInvoice = {
  ...frenchInvoice,
  discounts: [],
  issueDate: '2027-01-15',
  issuedAt: '2027-01-15T10:30:00.000Z',
  kind: 'CREDIT_NOTE',
  lines: [],
  number: 'AV2027-00003',
  payment: { date: '2027-01-15T10:29:12.000Z', method: 'card' },
  reason: 'Remboursement partiel : annulation d’une place',
  relatedInvoice: { issueDate: '2026-12-05', number: 'FA2026-00042' },
  tax: 7_500,
  taxes: [{ amount: 7_500, base: 37_500, name: 'TVA', ratePercent: '20' }],
  total: 45_000,
  totalExclTax: 37_500,
}

/** A seller under the VAT franchise: no tax, the legal ground printed instead. */
export const exemptInvoice: FrozenInvoice = {
  ...frenchInvoice,
  buyer: { email: 'louise.petit@example.fr', name: 'Louise Petit' },
  discounts: [{ amount: 3_000, code: 'AMIS', kind: 'PROMO' }],
  lines: [{ amount: 42_000, attendeeNames: ['Louise Petit'], quantity: 1, ticketType: 'REGULAR', unitPrice: 42_000 }],
  number: 'CF2026-00011',
  purchaseOrder: null,
  seller: exemptSeller,
  service: { ...parisService, city: 'Lyon', title: 'Masterclass ACT avec Russ Harris — Lyon', venueName: 'Centre de Congrès de Lyon' },
  tax: 0,
  taxes: [],
  total: 39_000,
  totalExclTax: 39_000,
}

const ticketService = { ...parisService, venueAddress: '1 Place de la Porte Maillot, 75017 Paris' }

export const tickets: FrozenTicket[] = ['Claire Martin', 'Paul Durand', 'Inès Benali'].map((attendeeName, index) => ({
  attendeeName,
  bookingReference: 'MC-7KQ2-XD4M',
  qrSecret: ['K3Q7XN2M4PZV6TB8RC5WYJ9HDF', 'W8N2QJ5TZK7RM3XC6VBP4YHDLF', 'P5TZ3NK8QW2XJ7RM4CV6BHY9DF'][index],
  service: ticketService,
  ticketCode: ['7KQ2-A1', '7KQ2-B2', '7KQ2-C3'][index],
}))

export const frenchCertificate: FrozenCertificate = {
  attendeeName: 'Inès Benali',
  hours: 14,
  issueDate: '2027-03-13',
  issuedAt: '2027-03-13T18:30:00.000Z',
  language: 'fr',
  number: 'AT2027-00118',
  seller: { address: frenchSeller.address, name: frenchSeller.name, registrationNumber: frenchSeller.registrationNumber },
  service: parisService,
  verificationCode: 'R7KX-9QPM',
  verificationUrl: 'https://masterclass.example/fr/certificates/AT2027-00118?c=R7KX-9QPM',
}

export const englishCertificate: FrozenCertificate = {
  ...frenchCertificate,
  attendeeName: 'John Watson',
  language: 'en',
  number: 'AT2027-00119',
  verificationCode: 'M3TB-6WZD',
  verificationUrl: 'https://masterclass.example/en/certificates/AT2027-00119?c=M3TB-6WZD',
}
