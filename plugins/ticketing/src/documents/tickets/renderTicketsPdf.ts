import { createPdf } from '../pdf/createPdf'
import { pdfToBuffer } from '../pdf/pdfToBuffer'
import type { FrozenTicket } from '../types'
import { drawTicketPage } from './drawTicketPage'
import { ticketLabels } from './ticketLabels'

/**
 * Renders a booking's tickets, one page per attendee, in the booking's language. The file's
 * date is fixed (no clock is read), so the same tickets always give the same bytes.
 *
 * @throws RangeError when there is no ticket or a date is invalid.
 */
export async function renderTicketsPdf(tickets: FrozenTicket[]): Promise<Buffer> {
  const [first] = tickets
  if (!first) throw new RangeError('A ticket PDF needs at least one ticket')
  const t = ticketLabels(first.language ?? 'fr')
  // A ticket is not dated: the event's start stands for the file's date, the same on every render.
  const doc = createPdf({ createdAt: first.service.startsAt, lang: t.lang, title: `${t.heading} ${first.bookingReference}` })
  for (const ticket of tickets) drawTicketPage(doc, ticket)
  return pdfToBuffer(doc)
}
