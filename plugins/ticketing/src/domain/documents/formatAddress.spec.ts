import { describe, expect, it } from 'vitest'
import { formatAddress } from './formatAddress'

describe('formatAddress', () => {
  it('writes a French address the French way, without the country at home', () => {
    expect(formatAddress({ city: 'Paris', country: 'FR', line1: '12 rue de la Paix', line2: 'Bâtiment B', postalCode: '75002' }, 'FR')).toEqual([
      '12 rue de la Paix',
      'Bâtiment B',
      '75002 Paris',
    ])
  })

  it('writes a Québec address with its province, and names a foreign country', () => {
    expect(formatAddress({ city: 'Montréal', country: 'ca', line1: '1001 Place Jean-Paul-Riopelle', postalCode: 'H2Z 1H5', region: 'Québec' }, 'FR')).toEqual([
      '1001 Place Jean-Paul-Riopelle',
      'Montréal (Québec)  H2Z 1H5',
      'Canada',
    ])
  })

  it('writes a British postcode after the city', () => {
    expect(formatAddress({ city: 'London', country: 'GB', line1: '221B Baker Street', postalCode: 'NW1 6XE' }, 'FR')).toEqual([
      '221B Baker Street',
      'London NW1 6XE',
      'Royaume-Uni',
    ])
  })

  it('puts the region after the city elsewhere', () => {
    expect(formatAddress({ city: 'Boston', country: 'US', line1: '1 Main St', line2: null, postalCode: '02110', region: 'MA' }, 'US')).toEqual([
      '1 Main St',
      'Boston MA 02110',
    ])
  })
})
