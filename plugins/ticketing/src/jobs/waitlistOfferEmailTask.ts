import type { Transporter } from 'nodemailer'
import type { PayloadRequest, TaskConfig } from 'payload'

import { signWaitlistToken } from '../access/waitlistToken'
import { findEvent } from '../db/events/findEvents'
import { findWaitlistEntry } from '../db/waitlist/findWaitlistEntry'
import { sendEmail } from '../email/sendEmail'
import { renderWaitlistOffer } from '../email/templates/waitlistOffer'
import { eventLocales } from '../operations/events/eventLocales'
import { WAITLIST_OFFER_TASK } from '../operations/waitlist/offerWaitlistSeats'
import { waitlistSecret } from '../operations/waitlist/waitlistEntryByToken'
import type { SanitizedTicketingPluginConfig } from '../types'

type Input = { entryId: number; offeredAt: string }

/**
 * Sends a waiting-list offer (queued in the transaction that made it): the seats, until when, a
 * link to the booking form with the offer and one to decline, in the entry's language. An entry
 * no longer OFFERED (booked, declined, expired) gets nothing; an SMTP failure is retried.
 */
export const waitlistOfferEmailTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: Input; output: { sent: boolean } }> => ({
  slug: WAITLIST_OFFER_TASK,
  handler: async ({ input, req }) => ({ output: { sent: await deliver(config, input, req) } }),
  inputSchema: [
    { name: 'entryId', type: 'number', required: true },
    { name: 'offeredAt', type: 'text' },
  ],
  label: 'Send a waiting-list offer',
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 10, backoff: { delay: 5000, type: 'exponential' } },
})

const deliver = async (config: SanitizedTicketingPluginConfig, input: Input, req: PayloadRequest): Promise<boolean> => {
  const entry = await findWaitlistEntry(req, input.entryId)
  if (!entry || entry.status !== 'OFFERED' || !entry.tokenNonce || !entry.offerExpiresAt || !entry.offeredQuantity) return false
  const event = await findEvent(req, entry.eventId, eventLocales(req, entry.locale))
  if (!event) return false
  const siteUrl = (config.publicSiteUrl || req.payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '')
  const token = signWaitlistToken({ entryId: entry.id, nonce: entry.tokenNonce, secret: waitlistSecret(req) })
  const bookUrl = `${siteUrl}/${entry.locale}/book/${encodeURIComponent(event.slug)}?offer=${encodeURIComponent(token)}`
  const rendered = renderWaitlistOffer({
    bookUrl,
    declineUrl: `${bookUrl}&decline=1`,
    event: { city: event.city, endsAt: event.endsAt, slug: event.slug, startsAt: event.startsAt, timezone: event.timezone, title: event.title, venueAddress: event.venueAddress, venueName: event.venueName },
    expiresAt: entry.offerExpiresAt,
    locale: entry.locale,
    name: entry.name,
    seats: entry.offeredQuantity,
    wanted: entry.quantity,
  })
  const transport = { sendMail: (message: object) => req.payload.sendEmail(message) } as unknown as Transporter
  const sender = req.payload.email
  await sendEmail(transport, { from: `${config.emails.senderName ?? sender.defaultFromName} <${sender.defaultFromAddress}>`, rendered, to: entry.email })
  return true
}
