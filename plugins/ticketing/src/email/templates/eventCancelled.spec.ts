import { describe, expect, it } from 'vitest'
import { emailFixtures } from '../testing/emailFixtures'
import { renderEventCancelled } from './eventCancelled'

const { booking, parisEvent } = emailFixtures

describe('renderEventCancelled', () => {
  it('tells the buyer in French what was refunded', () => {
    const email = renderEventCancelled({ booking: { ...booking, locale: 'fr' }, event: parisEvent, refunded: 45000 })
    expect(email.kind).toBe('eventCancelled')
    expect(email.subject).toContain('Événement annulé')
    expect(email.text).toMatch(/450,00\s€/)
    expect(email.html).toContain('<html lang="fr"')
  })

  it('in English, and without a refund for a hold that was never paid', () => {
    const email = renderEventCancelled({ booking: { ...booking, locale: 'en' }, event: parisEvent, refunded: 0 })
    expect(email.subject).toContain('Event cancelled')
    expect(email.text).toContain('you will not be charged')
    expect(email.text).not.toContain('Amount refunded')
  })
})
