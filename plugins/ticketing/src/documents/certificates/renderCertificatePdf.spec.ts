import { afterEach, describe, expect, it, vi } from 'vitest'
import { englishCertificate, frenchCertificate } from '../testing/documentFixtures'
import { readPdf } from '../testing/readPdf'
import { readQrCodes } from '../testing/readQrCodes'
import { renderCertificatePdf } from './renderCertificatePdf'

const flat = (text: string) => text.replace(/\s+/g, ' ')

afterEach(() => {
  vi.useRealTimers()
})

describe('renderCertificatePdf', () => {
  it('prints everything a French certificate of attendance states', async () => {
    const pdf = await renderCertificatePdf(frenchCertificate)
    const { pages } = await readPdf(pdf)
    expect(pages.length).toBe(1)
    const text = flat(pages[0])
    for (const expected of [
      'ATTESTATION DE PRÉSENCE',
      'N° AT2027-00118',
      'Inès Benali a suivi la formation « Masterclass ACT avec Russ Harris — Paris » à Paris (12–13 mars 2027), d’une durée de 14 heures.',
      'Durée 14 heures',
      'Contextual Minds 12 rue de la Paix 75002 Paris SIRET 85234567800012',
      'Organisme de formation Contextual Minds',
      'Fait à Paris, le 13 mars 2027',
      'https://masterclass.example/fr/certificates/AT2027-00118?c=R7KX-9QPM',
      'Code de vérification : R7KX-9QPM',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('prints the verification address as a QR code that reads back', async () => {
    expect(readQrCodes(await renderCertificatePdf(frenchCertificate))).toEqual([frenchCertificate.verificationUrl])
    expect(readQrCodes(await renderCertificatePdf(englishCertificate))).toEqual([englishCertificate.verificationUrl])
  })

  it('prints an English certificate in English', async () => {
    const text = flat((await readPdf(await renderCertificatePdf(englishCertificate))).pages[0])
    expect(text).toContain('CERTIFICATE OF ATTENDANCE')
    expect(text).toContain('John Watson attended the training “Masterclass ACT avec Russ Harris — Paris” in Paris (12 – 13 March 2027), lasting 14 hours.')
    expect(text).toContain('Issued in Paris on 13 March 2027')
    expect(text).toContain('Verification code: M3TB-6WZD')
    expect(text).not.toContain('Attestation')
  })

  it('is an archival PDF/A-2b with the same bytes for the same certificate, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-03-13T18:31:00Z'))
    const first = await renderCertificatePdf(frenchCertificate)
    vi.setSystemTime(new Date('2040-01-01T00:00:00Z'))
    expect((await renderCertificatePdf(structuredClone(frenchCertificate))).equals(first)).toBe(true)
    const raw = first.toString('latin1')
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/)
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/)
  })
})
