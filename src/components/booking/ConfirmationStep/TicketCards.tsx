import { useTranslations } from 'next-intl'
import QRCode from 'qrcode'

import styles from '../booking.module.css'
import type { BookingView } from '../types'

/** The QR code of a ticket secret as an SVG (error correction M, a 2-module quiet zone). */
const qrSvg = (secret: string) => QRCode.toString(secret, { errorCorrectionLevel: 'M', margin: 2, type: 'svg' })

/**
 * One card per attendee of a confirmed booking: the QR code the door scans, the name and the
 * ticket code to type when a camera will not read it.
 */
export const TicketCards = ({ attendees }: { attendees: BookingView['attendees'] }) => {
  const t = useTranslations('booking.confirmation')
  const tickets = attendees.filter((a) => a.qr && a.ticketCode)
  if (!tickets.length) return null
  return (
    <section aria-labelledby="tickets-title" className={styles.card}>
      <h2 id="tickets-title">{t('ticketsTitle')}</h2>
      <p className={styles.muted}>{t('ticketsHint')}</p>
      <ul className={styles.tickets}>
        {tickets.map((ticket) => (
          <li className={styles.ticket} data-testid="ticket" key={ticket.ticketCode}>
            <div
              aria-label={t('qrLabel', { name: ticket.name })}
              className={styles.qr}
              data-qr={ticket.qr}
              // The SVG is built here by the qrcode library from the ticket secret (no markup from elsewhere).
              dangerouslySetInnerHTML={{ __html: qrSvg(ticket.qr!) }}
              role="img"
            />
            <p className={styles.ticketName}>{ticket.name}</p>
            <p className={styles.mono}>{ticket.ticketCode}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
