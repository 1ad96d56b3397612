import { describe, expect, it } from 'vitest'
import { emailFixtures } from '../testing/emailFixtures'
import { renderLateRefund } from './lateRefund'

const { booking, parisEvent, plain } = emailFixtures

describe('renderLateRefund', () => {
  it('apologises and states the full automatic refund (fr)', () => {
    const email = renderLateRefund({ booking, event: parisEvent })
    expect(email.subject).toContain('MC-7KQ2XD')
    expect(email.text).toContain('Toutes nos excuses')
    expect(plain(email.text)).toContain('remboursé intégralement et automatiquement : 450,00 €')
    expect(email.text).toContain('Aucune place n’est réservée à votre nom')
  })

  it('uses the recorded refunded amount when there is one (en)', () => {
    const email = renderLateRefund({ booking: { ...booking, locale: 'en', amountRefunded: 44000 }, event: parisEvent })
    expect(email.subject).toBe('Your payment has been refunded (booking MC-7KQ2XD)')
    expect(email.text).toContain('refunded your payment in full: €440.00')
    expect(email.text).toContain('We apologise')
  })
})
