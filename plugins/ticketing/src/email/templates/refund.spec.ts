import { describe, expect, it } from 'vitest'
import { emailFixtures } from '../testing/emailFixtures'
import { renderRefund } from './refund'

const { booking, parisEvent, plain } = emailFixtures

describe('renderRefund', () => {
  it('announces a full refund (fr)', () => {
    const email = renderRefund({ booking, event: parisEvent, amount: 45000, full: true })
    expect(email.subject).toBe('Remboursement de la réservation MC-7KQ2XD')
    expect(plain(email.text)).toContain('l’intégralité de votre réservation pour Masterclass de violon : 450,00 €')
    expect(email.html).toContain('<html lang="fr"')
  })

  it('announces a partial refund (fr and en)', () => {
    const fr = renderRefund({ booking, event: parisEvent, amount: 22500, full: false })
    expect(fr.subject).toContain('partiel')
    expect(fr.subject).toContain('MC-7KQ2XD')
    expect(plain(fr.text)).toContain('Montant remboursé : 225,00 €')
    expect(plain(fr.text)).toContain('Total de la réservation : 450,00 €')
    const en = renderRefund({ booking: { ...booking, locale: 'en' }, event: parisEvent, amount: 22500, full: false })
    expect(en.subject).toBe('Partial refund for booking MC-7KQ2XD')
    expect(en.text).toContain('We have refunded part of your booking for Masterclass de violon: €225.00.')
  })
})
