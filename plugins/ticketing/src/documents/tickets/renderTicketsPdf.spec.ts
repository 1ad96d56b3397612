import { afterEach, describe, expect, it, vi } from 'vitest'
import { readPdf } from '../testing/readPdf'
import { readQrCodes } from '../testing/readQrCodes'
import { tickets } from '../testing/documentFixtures'
import { renderTicketsPdf } from './renderTicketsPdf'

afterEach(() => {
  vi.useRealTimers()
})

describe('renderTicketsPdf', () => {
  it('prints one page per attendee: name, event, dates, venue, ticket code and booking', async () => {
    const { pages } = await readPdf(await renderTicketsPdf(tickets))
    expect(pages.length).toBe(3)
    pages.forEach((text, index) => {
      expect(text).toContain(tickets[index].attendeeName)
      expect(text).toContain('Masterclass ACT avec Russ Harris — Paris')
      expect(text).toContain('vendredi 12 mars 2027, 09:00 (heure de Paris)')
      expect(text).toContain('samedi 13 mars 2027, 17:30 (heure de Paris)')
      expect(text).toContain('Palais des Congrès\n1 Place de la Porte Maillot, 75017 Paris')
      expect(text).toContain(tickets[index].ticketCode)
      expect(text).toContain('Réservation MC-7KQ2-XD4M')
      for (const other of tickets.filter((_, i) => i !== index)) expect(text).not.toContain(other.attendeeName)
    })
  })

  it('draws on each page a QR code that reads back as that attendee’s secret', async () => {
    expect(readQrCodes(await renderTicketsPdf(tickets))).toEqual(tickets.map((ticket) => ticket.qrSecret))
  })

  it('speaks the booking’s language', async () => {
    const [text] = (await readPdf(await renderTicketsPdf([{ ...tickets[0], language: 'en' }]))).pages
    expect(text).toContain('TICKET')
    expect(text).toContain('Friday, 12 March 2027, 9:00 AM (Paris time)')
    expect(text).toContain('TICKET CODE')
  })

  it('gives the same bytes for the same tickets, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-01-01T00:00:00Z'))
    const first = await renderTicketsPdf(tickets)
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
    expect((await renderTicketsPdf(structuredClone(tickets))).equals(first)).toBe(true)
  })

  it('refuses to print no ticket', async () => {
    await expect(renderTicketsPdf([])).rejects.toThrow(RangeError)
  })
})
