/**
 * The legal entities that sell the tour's seats and issue its invoices: a French company for
 * the events in euros, a Québec one for Montréal (GST and QST numbers on its invoices).
 * Demo identities: the registration and tax numbers are well-formed, not real.
 */
export const demoSellers = {
  france: {
    address: { city: 'Paris', country: 'FR', line1: '12 rue de la Paix', postalCode: '75002' },
    certificatePrefix: 'AT',
    creditNotePrefix: 'AV',
    email: 'factures@masterclass.local',
    invoicePrefix: 'FA',
    legalForm: 'SAS',
    name: 'Masterclass Formation',
    registrationNumber: '85234567800012',
    registryCity: 'Paris',
    shareCapital: '10 000 €',
    taxes: [{ name: 'TVA', ratePercent: '20' }],
    timezone: 'Europe/Paris',
    vatNumber: 'FR64852345678',
  },
  quebec: {
    address: { city: 'Montréal', country: 'CA', line1: '2000 rue Peel, bureau 700', postalCode: 'H3A 2W5', region: 'Québec' },
    certificatePrefix: 'QA',
    creditNotePrefix: 'QC-AV',
    email: 'facturation@masterclass.local',
    invoicePrefix: 'QC-FA',
    legalForm: 'Inc.',
    name: 'Masterclass Formation Canada',
    registrationNumber: '1176543210',
    taxes: [
      { name: 'TPS', number: '812345678 RT0001', ratePercent: '5' },
      { name: 'TVQ', number: '1234567890 TQ0001', ratePercent: '9.975' },
    ],
    timezone: 'America/Toronto',
  },
} as const
