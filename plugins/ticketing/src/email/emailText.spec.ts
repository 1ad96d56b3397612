import { describe, expect, it } from 'vitest'

import { emailFixtures } from './testing/emailFixtures'
import { emailText } from './emailText'
import { strings } from './strings'
import { renderConfirmation } from './templates/confirmation'
import { renderRefund } from './templates/refund'

const { booking, parisEvent, bookingUrl } = emailFixtures

describe('the emails speak with the host\'s voice', () => {
  it('carry no brand by default: a neutral sign-off and calendar maker', () => {
    for (const locale of ['en', 'fr'] as const) {
      const email = renderConfirmation({ booking: { ...booking, locale }, event: parisEvent, bookingUrl })
      expect(email.text).not.toMatch(/masterclass team|équipe masterclass/i)
      expect(email.text).toContain(strings[locale].signOff)
      expect(email.attachments?.[0].content).toContain('PRODID:-//Ticketing//Booking//EN')
    }
  })

  it('take any text per language from the host, group by group, and leave the rest and other languages alone', () => {
    const overrides = {
      en: { confirmation: { subject: (ref: string, title: string) => `Your seats for ${title} [${ref}]` }, signOff: 'Cheers,\nThe Acme crew' },
      fr: { labels: { reference: 'Votre numéro' } },
    }
    const en = emailText('en', overrides)
    expect(en.confirmation.heading).toBe(strings.en.confirmation.heading)
    expect(en.labels).toEqual(strings.en.labels)
    const english = renderConfirmation({ booking: { ...booking, locale: 'en' }, bookingUrl, calendarProductId: '-//Acme//Tickets//EN', event: parisEvent, text: en })
    expect(english.subject).toBe(`Your seats for ${parisEvent.title} [${booking.reference}]`)
    expect(english.text).toContain('Cheers,\nThe Acme crew')
    expect(english.attachments?.[0].content).toContain('PRODID:-//Acme//Tickets//EN')
    const french = renderRefund({ amount: 1000, booking, event: parisEvent, full: false, text: emailText('fr', overrides) })
    expect(french.text).toContain('Votre numéro')
    expect(french.text).toContain(strings.fr.signOff)
    expect(emailText('fr')).toBe(strings.fr)
  })
})
