import { describe, expect, it } from 'vitest'
import { emailFixtures } from '../testing/emailFixtures'
import { renderDisputeAlert } from './disputeAlert'

const { booking, parisEvent } = emailFixtures

describe('renderDisputeAlert', () => {
  it('alerts finance in English, whatever the booking locale', () => {
    const email = renderDisputeAlert({ booking, event: parisEvent, disputeId: 'dp_1Abc', amount: 45000, reason: 'fraudulent' })
    expect(email.subject).toBe('[Dispute] Booking MC-7KQ2XD: €450.00 disputed (dp_1Abc)')
    expect(email.kind).toBe('disputeAlert')
    expect(email.text).toContain('Dispute id: dp_1Abc')
    expect(email.text).toContain('Reason: fraudulent')
    expect(email.html).toContain('<html lang="en"')
    expect(email.text).not.toContain('camille@example.com')
  })

  it('escapes a hostile reason in the HTML', () => {
    const email = renderDisputeAlert({ booking, event: parisEvent, disputeId: 'dp_1', amount: 100, reason: '<script>x</script>' })
    expect(email.html).not.toContain('<script>')
    expect(email.text).toContain('Reason: <script>x</script>')
    expect(renderDisputeAlert({ booking, event: parisEvent, disputeId: 'dp_1', amount: 100, reason: null }).text).toContain(
      'Reason: not given',
    )
  })
})
