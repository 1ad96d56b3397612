import { formatEventDate } from '../../email/formatEventDate'
import { drawQrCode } from '../pdf/drawQrCode'
import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import type { FrozenTicket } from '../types'
import { ticketLabels } from './ticketLabels'

const QR_SIZE = 220

/**
 * One attendee's ticket on its own page: the event on a coloured band, the attendee's name,
 * when (the event's time zone, named) and where, the QR code of the ticket's secret, the code
 * a door person can type, and the booking reference.
 */
export function drawTicketPage(doc: PDFKit.PDFDocument, ticket: FrozenTicket): void {
  const language = ticket.language ?? 'fr'
  const t = ticketLabels(language)
  const { service } = ticket
  doc.addPage()

  doc.rect(0, 0, 595.28, 128).fillColor(palette.accent).fill()
  drawText(doc, t.heading.toUpperCase(), page.left, 40, { color: '#c9dde4', font: 'semibold', size: 10, width: page.width })
  drawText(doc, service.title, page.left, 58, { color: '#ffffff', font: 'semibold', size: 19, width: page.width })

  let y = 158
  y += drawText(doc, ticket.attendeeName, page.left, y, { color: palette.ink, font: 'semibold', size: 24, width: page.width }) + 18

  const facts = [
    { label: t.starts, value: formatEventDate(service.startsAt, service.timezone, language) },
    { label: t.ends, value: formatEventDate(service.endsAt, service.timezone, language) },
    { label: t.venue, value: [service.venueName, service.venueAddress ?? service.city].filter(Boolean).join('\n') },
  ]
  for (const { label, value } of facts) {
    drawText(doc, label.toUpperCase(), page.left, y + 2, { color: palette.muted, font: 'semibold', size: 8, width: 90 })
    y += drawText(doc, value, page.left + 90, y, { color: palette.ink, size: 11, width: page.width - 90 }) + 10
  }

  y += 16
  const qrX = (595.28 - QR_SIZE) / 2
  drawQrCode(doc, ticket.qrSecret, qrX, y, QR_SIZE)
  y += QR_SIZE + 18
  drawText(doc, t.code.toUpperCase(), page.left, y, { align: 'center', color: palette.muted, font: 'semibold', size: 8, width: page.width })
  y += 14
  y += drawText(doc, ticket.ticketCode, page.left, y, { align: 'center', color: palette.ink, font: 'semibold', size: 24, width: page.width }) + 10
  drawText(doc, `${t.booking} ${ticket.bookingReference}`, page.left, y, { align: 'center', color: palette.muted, size: 10, width: page.width })

  doc.moveTo(page.left, page.bottom - 58).lineTo(page.right, page.bottom - 58).lineWidth(0.4).strokeColor(palette.rule).stroke()
  drawText(doc, t.keep, page.left, page.bottom - 48, { color: palette.muted, size: 8.5, width: page.width })
}
