import { describe, expect, it } from 'vitest'
import { registrationLabel } from './registrationLabel'

describe('registrationLabel', () => {
  it('tells a SIRET from a SIREN by its length', () => {
    expect(registrationLabel('FR', '852 345 678 00012')).toBe('SIRET')
    expect(registrationLabel('fr', '852345678')).toBe('SIREN')
  })

  it('names the Québec enterprise number, and stays generic elsewhere', () => {
    expect(registrationLabel('CA', '1176543210')).toBe('NEQ')
    expect(registrationLabel('BE', '0123.456.789')).toBe('N° d’immatriculation')
  })
})
