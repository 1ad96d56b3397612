/** The seller named on the invoices of a test event: a French one, with TVA 20 %. */
export const TEST_SELLER = {
  address: { city: 'Paris', country: 'FR', line1: '12 rue de la Paix', postalCode: '75002' },
  legalForm: 'SAS',
  name: 'Dev Formation',
  registrationNumber: '85234567800012',
  taxes: [{ name: 'TVA', ratePercent: '20' }],
  vatNumber: 'FR64852345678',
}
