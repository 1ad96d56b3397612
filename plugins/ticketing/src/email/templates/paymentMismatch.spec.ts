import { describe, expect, it } from 'vitest'
import { emailFixtures } from '../testing/emailFixtures'
import { renderPaymentMismatch } from './paymentMismatch'

const { booking, parisEvent } = emailFixtures

describe('renderPaymentMismatch', () => {
  it('tells finance in English what was received against the total, in the currency received', () => {
    const email = renderPaymentMismatch({ booking, event: parisEvent, paymentIntentId: 'pi_1Abc', amount: 45000, currency: 'USD' })
    expect(email.kind).toBe('paymentMismatch')
    expect(email.subject).toContain('Booking MC-7KQ2XD')
    expect(email.text).toContain('Amount received: US$450.00')
    expect(email.text).toContain('PaymentIntent: pi_1Abc')
    expect(email.html).toContain('<html lang="en"')
    expect(email.text).not.toContain('camille@example.com')
  })
})
