import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Transporter } from 'nodemailer'
import type { PayloadRequest } from 'payload'

import { findBookingById } from '../../db/bookings/findBookingById'
import { query } from '../../db/core/query'
import { renderCertificatePdf } from '../../documents/certificates/renderCertificatePdf'
import type { FrozenCertificate } from '../../documents/types'
import { emailText } from '../../email/emailText'
import { sendEmail } from '../../email/sendEmail'
import { renderCertificates } from '../../email/templates/certificates'
import type { SanitizedTicketingPluginConfig } from '../../types'

/**
 * Emails a booking's certificates not emailed yet: each attendee who gave an email gets theirs,
 * the buyer gets the others in one email. Each certificate is marked emailed once its email
 * left, so a retried job sends only what is still due. False when there was nothing to send.
 */
export const sendCertificateEmails = async (req: PayloadRequest, config: SanitizedTicketingPluginConfig, bookingId: number): Promise<boolean> => {
  const booking = await findBookingById(req, bookingId)
  if (!booking || booking.erasedAt) return false
  const rows = await query<{ email: null | string; frozen: FrozenCertificate; id: number | string }>(
    req,
    sql`SELECT c.id, c.frozen, a.email FROM certificates c JOIN attendees a ON a.id = c.attendee_id
        WHERE c.booking_id = ${bookingId} AND c.emailed_at IS NULL AND c.status = 'VALID' ORDER BY a.position`,
  )
  if (!rows.length) return false
  const groups = new Map<string, typeof rows>()
  for (const row of rows) {
    const to = row.email || booking.buyer.email
    groups.set(to, [...(groups.get(to) ?? []), row])
  }
  const locale = booking.locale === 'en' ? 'en' : 'fr'
  const text = emailText(locale, config.emails.text)
  const transport = { sendMail: (message: object) => req.payload.sendEmail(message) } as unknown as Transporter
  const sender = req.payload.email
  for (const [to, group] of groups) {
    // One PDF at a time: an email holds its own attachments only, and they go once it has left.
    const attachments: { content: Buffer; contentType: string; filename: string }[] = []
    for (const row of group) {
      attachments.push({ content: await renderCertificatePdf(row.frozen), contentType: 'application/pdf', filename: `${row.frozen.number.replace(/[^A-Za-z0-9_-]/g, '')}.pdf` })
    }
    const rendered = renderCertificates({
      attachments,
      greetingName: group.length === 1 && group[0]!.email ? group[0]!.frozen.attendeeName : booking.buyer.name,
      items: group.map((row) => `${row.frozen.attendeeName} — ${row.frozen.number}`),
      locale,
      text,
      title: group[0]!.frozen.service.title,
    })
    await sendEmail(transport, { from: `${config.emails.senderName ?? sender.defaultFromName} <${sender.defaultFromAddress}>`, rendered, to })
    await query(req, sql`UPDATE certificates SET emailed_at = now(), updated_at = now() WHERE id IN (${sql.join(group.map((row) => sql`${Number(row.id)}`), sql`, `)})`)
  }
  return true
}
