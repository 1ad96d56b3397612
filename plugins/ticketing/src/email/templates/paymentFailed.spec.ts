import { describe, expect, it } from 'vitest'
import { emailFixtures } from '../testing/emailFixtures'
import { renderPaymentFailed } from './paymentFailed'

const { booking, parisEvent, torontoEvent, plain } = emailFixtures
const retryUrl = 'https://tickets.example.com/reservation/MC-7KQ2XD/payer?t=a1b2'

describe('renderPaymentFailed', () => {
  it('shows until when the seats are held, in the event time zone (fr)', () => {
    const email = renderPaymentFailed({ booking, event: parisEvent, retryUrl })
    expect(email.subject).toContain('MC-7KQ2XD')
    expect(email.text).toContain('jusqu’au lundi 1 mars 2027, 11:30 (heure de Paris)')
    expect(email.text).toContain(retryUrl)
    expect(email.html).toContain(`href="${retryUrl}"`)
    expect(email.html).toContain('Réessayer le paiement')
    expect(plain(email.text)).toContain('450,00 €')
  })

  it('uses the event zone, not the buyer’s, in English', () => {
    const email = renderPaymentFailed({
      booking: { ...booking, locale: 'en', expiresAt: '2027-05-01T03:15:00Z' },
      event: torontoEvent,
      retryUrl,
    })
    expect(plain(email.text)).toMatch(/held until Friday,? 30 April 2027, 11:15 PM \(Toronto time\)/)
    expect(email.text).toContain('Retry payment')
  })

  it('still renders without a known hold end', () => {
    const email = renderPaymentFailed({ booking: { ...booking, expiresAt: null }, event: parisEvent, retryUrl })
    expect(email.text).toContain('pendant une durée limitée')
  })
})
