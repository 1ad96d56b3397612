import { describe, expect, it } from 'vitest'
import { emailFixtures } from '../testing/emailFixtures'
import { renderDisputeLost } from './disputeLost'

const { booking, parisEvent } = emailFixtures

describe('renderDisputeLost', () => {
  it('tells finance in English what was lost, without the buyer personal data', () => {
    const email = renderDisputeLost({ booking, event: parisEvent, disputeId: 'du_1Abc', amount: 45000 })
    expect(email.subject).toBe('[Dispute lost] Booking MC-7KQ2XD: €450.00 lost (du_1Abc)')
    expect(email.kind).toBe('disputeLost')
    expect(email.text).toContain('Amount lost: €450.00')
    expect(email.html).toContain('<html lang="en"')
    expect(email.text).not.toContain('camille@example.com')
  })
})
