import { describe, expect, it } from 'vitest'

import { sellerProblems } from './sellerProblems'

const french = { address: { country: 'FR' }, creditNotePrefix: 'AV', invoicePrefix: 'FA', taxes: [{ name: 'TVA', ratePercent: '20' }], timezone: 'Europe/Paris' }
const paths = (seller: Parameters<typeof sellerProblems>[0]) => sellerProblems(seller).map((p) => p.path)

describe('sellerProblems', () => {
  it('accepts a French seller with TVA, a Québec one with TPS and TVQ, and an exempt one with its text', () => {
    expect(paths(french)).toEqual([])
    expect(paths({ ...french, address: { country: 'CA' }, taxes: [{ name: 'TPS', ratePercent: '5' }, { name: 'TVQ', ratePercent: '9.975' }], timezone: 'America/Toronto' })).toEqual([])
    expect(paths({ ...french, exemptionText: 'TVA non applicable, art. 293 B du CGI', taxes: [] })).toEqual([])
  })

  it('refuses each wrong field on its own', () => {
    expect(paths({ ...french, taxes: [] })).toEqual(['exemptionText'])
    expect(paths({ ...french, taxes: [{ name: 'TVA', ratePercent: '20 %' }] })).toEqual(['taxes.0.ratePercent'])
    expect(paths({ ...french, taxes: [{ name: 'TVA', ratePercent: '20' }, { name: 'TVA', ratePercent: '5.5' }] })).toEqual(['taxes'])
    expect(paths({ ...french, invoicePrefix: 'fa' })).toEqual(['invoicePrefix'])
    expect(paths({ ...french, creditNotePrefix: 'FA' })).toEqual(['creditNotePrefix'])
    expect(paths({ ...french, certificatePrefix: 'at 2' })).toEqual(['certificatePrefix'])
    expect(paths({ ...french, certificatePrefix: 'AT' })).toEqual([])
    expect(paths({ ...french, address: { country: 'France' } })).toEqual(['address.country'])
    expect(paths({ ...french, timezone: 'Europe/Atlantis' })).toEqual(['timezone'])
  })
})
