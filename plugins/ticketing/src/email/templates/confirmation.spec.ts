import { describe, expect, it } from 'vitest'
import { emailFixtures } from '../testing/emailFixtures'
import { renderConfirmation } from './confirmation'

const { booking, parisEvent, torontoEvent, bookingUrl, plain } = emailFixtures

describe('renderConfirmation', () => {
  it('renders the French confirmation in Paris time, with euros', () => {
    const email = renderConfirmation({ booking, event: parisEvent, bookingUrl })
    expect(email.subject).toContain('MC-7KQ2XD')
    expect(email.subject).toContain('Masterclass de violon')
    expect(email.kind).toBe('confirmation')
    for (const body of [email.text, email.html]) {
      expect(body).toContain('vendredi 12 mars 2027, 09:00 (heure de Paris)')
      expect(plain(body)).toContain('450,00 €')
      expect(body).toContain('Salle Cortot')
      expect(body).toContain('Camille Martin : T-4F7K-9QX2')
      expect(body).toContain('Léa Dubois : code à venir')
    }
    expect(email.text).toContain('Bonjour Camille Martin,')
    expect(email.text).toContain('78 rue Cardinet\n  75017 Paris')
    expect(email.text).toContain(bookingUrl)
    expect(email.html).toContain('<html lang="fr"')
    expect(email.html).toContain('78 rue Cardinet<br>75017 Paris')
    expect(email.html).toContain('href="https://tickets.example.com/reservation/MC-7KQ2XD?t=a1b2"')
  })

  it('renders the English confirmation', () => {
    const email = renderConfirmation({ booking: { ...booking, locale: 'en' }, event: parisEvent, bookingUrl })
    expect(email.subject).toContain('MC-7KQ2XD')
    expect(plain(email.text)).toMatch(/Friday,? 12 March 2027, 9:00 AM \(Paris time\)/)
    expect(email.text).toContain('€450.00')
    expect(email.text).toContain('Camille Martin: T-4F7K-9QX2')
    expect(email.text).toContain('View my booking')
    expect(email.html).toContain('<html lang="en"')
  })

  it('shows a Toronto event in Toronto time, with Canadian dollars', () => {
    const cad = { ...booking, currency: 'CAD' }
    const fr = renderConfirmation({ booking: cad, event: torontoEvent, bookingUrl })
    expect(fr.text).toContain('vendredi 7 mai 2027, 09:00 (heure de Toronto)')
    expect(plain(fr.text)).toMatch(/450,00 (\$ ?CA|CA ?\$)/)
    const en = renderConfirmation({ booking: { ...cad, locale: 'en' }, event: torontoEvent, bookingUrl })
    expect(plain(en.text)).toContain('9:00 AM (Toronto time)')
    expect(en.text).toContain('CA$450.00')
  })

  it('attaches an .ics with the event in UTC', () => {
    const [ics] = renderConfirmation({ booking, event: parisEvent, bookingUrl }).attachments ?? []
    expect(ics?.filename).toBe('MC-7KQ2XD.ics')
    expect(ics?.contentType).toMatch(/^text\/calendar/)
    expect(ics?.content).toContain('\r\nDTSTART:20270312T080000Z\r\n')
    expect(ics?.content).toContain('\r\nDTEND:20270312T160000Z\r\n')
    expect(ics?.content).toContain('\r\nUID:MC-7KQ2XD@tickets.example.com\r\n')
    expect(String(ics?.content).replace(/\r\n /g, '')).toContain('LOCATION:Salle Cortot\\, 78 rue Cardinet\\, 75017 Paris\\, Paris')
  })

  it('escapes every user-provided value in the HTML, not in the text', () => {
    const email = renderConfirmation({
      booking: {
        ...booking,
        buyerName: '<script>alert(1)</script>',
        attendees: [{ name: '<img src=x onerror=alert(2)>', ticketCode: 'T-1' }],
      },
      event: { ...parisEvent, title: 'Bach & <b>Ysaÿe</b>', venueName: 'Salle "Cortot"', venueAddress: "Rue d'<i>" },
      bookingUrl,
    })
    expect(email.html).not.toMatch(/<script|<img|<b>|<i>|onerror=alert\(2\)>/)
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(email.html).toContain('Bach &amp; &lt;b&gt;Ysaÿe&lt;/b&gt;')
    expect(email.html).toContain('Salle &quot;Cortot&quot;')
    expect(email.html).toContain('Rue d&#39;&lt;i&gt;')
    expect(email.text).toContain('Bonjour <script>alert(1)</script>,')
  })

  it('does not turn a non-web URL into a link, and keeps the subject on one line', () => {
    const email = renderConfirmation({
      booking,
      event: { ...parisEvent, title: 'Line\r\nBcc: evil@example.com' },
      bookingUrl: 'javascript:alert(1)',
    })
    expect(email.html).not.toContain('href="javascript:')
    expect(email.subject).not.toMatch(/[\r\n]/)
  })
})
