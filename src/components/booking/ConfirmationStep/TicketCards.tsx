import { useTranslations } from 'next-intl'
import QRCode from 'qrcode'

import styles from '../booking.module.css'
import type { BookingView } from '../types'

const QUIET = 2

/** The QR code of a ticket secret (error correction M) as an SVG path: one run of dark modules per rectangle, a 2-module quiet zone. */
const QrCode = ({ label, secret }: { label: string; secret: string }) => {
  const { modules } = QRCode.create(secret, { errorCorrectionLevel: 'M' })
  const size = modules.size
  let path = ''
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!modules.get(row, column)) continue
      const start = column
      while (column + 1 < size && modules.get(row, column + 1)) column++
      path += `M${start + QUIET} ${row + QUIET}h${column - start + 1}v1h-${column - start + 1}z`
    }
  }
  const side = size + 2 * QUIET
  return (
    <svg aria-label={label} role="img" shapeRendering="crispEdges" viewBox={`0 0 ${side} ${side}`}>
      <rect fill="#fff" height={side} width={side} />
      <path d={path} fill="#000" />
    </svg>
  )
}

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
            <div className={styles.qr} data-qr={ticket.qr}>
              <QrCode label={t('qrLabel', { name: ticket.name })} secret={ticket.qr!} />
            </div>
            <p className={styles.ticketName}>{ticket.name}</p>
            <p className={styles.mono}>{ticket.ticketCode}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
