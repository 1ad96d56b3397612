import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { findCertificateCandidates } from '../../db/certificates/findCertificateCandidates'
import { findCertificateEvent } from '../../db/certificates/findCertificateEvent'
import { insertCertificate } from '../../db/certificates/insertCertificate'
import { withTransaction } from '../../db/core/withTransaction'
import { findEvent } from '../../db/events/findEvents'
import { certificateNumber, earnsCertificate } from '../../domain/certificates/certificateEligibility'
import { eventDay, eventDays } from '../../domain/checkIn/eventDay'
import type { EventKey } from '../../domain/eventKey'
import { generateTicketCode } from '../../domain/reference/generateTicketCode'
import type { FrozenCertificate } from '../../documents/types'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { writeAuditEntry } from '../audit/writeAuditEntry'
import { queueEmail } from '../email/queueEmail'
import { eventLocales } from '../events/eventLocales'

export type IssueResult = { candidates: number; issued: number; notEligible: number; numbers: string[] }

class AlreadyIssued extends Error {}

/**
 * Issues certificates of attendance for an event, in the name of its seller and numbered in
 * the seller's own gapless series (`{certificatePrefix}{YYYY}-{NNNNN}`): to every attendee of a
 * confirmed booking who meets the event's rule on the check-ins recorded so far, or to one
 * attendee by hand (`attendeeId`: attendance confirmed otherwise, recorded in the audit log). Each certificate
 * takes its number and is inserted in a transaction of its own (db/certificates/insertCertificate),
 * so numbers have no gap whatever fails; an attendee never gets two. Then one email job per
 * booking sends them (each attendee's to their email, the others to the buyer).
 *
 * @throws TicketingError 404 EVENT_NOT_FOUND, 409 CERTIFICATES_NOT_OFFERED (no training hours).
 */
export const issueCertificates = async ({ attendeeId, config, key, now = new Date(), req }: { attendeeId?: number; config: SanitizedTicketingPluginConfig; key: EventKey; now?: Date; req: PayloadRequest }): Promise<IssueResult> => {
  const event = await findCertificateEvent(req, key)
  if (!event) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
  if (!event.trainingHours) throw new TicketingError(ERROR_CODES.CERTIFICATES_NOT_OFFERED, 409, 'This event has no training hours: it gives no certificates.')
  const candidates = await findCertificateCandidates(req, event.id, attendeeId)
  if (attendeeId !== undefined && !candidates.length) throw new TicketingError(ERROR_CODES.NOT_FOUND, 404, 'No attendee of a confirmed booking of this event without a certificate has this id.')
  const days = eventDays(event.startsAt, event.endsAt, event.timezone)
  const eligible = attendeeId !== undefined ? candidates : candidates.filter((c) => earnsCertificate(event.certificateRule, days, c.checkedInDays))
  const texts = new Map<string, Awaited<ReturnType<typeof findEvent>>>()
  const siteUrl = (config.publicSiteUrl || req.payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '')
  const numbers: string[] = []
  const bookings = new Set<number>()
  for (const candidate of eligible) {
    const language = candidate.locale === 'en' ? 'en' : 'fr'
    if (!texts.has(language)) texts.set(language, await findEvent(req, event.id, eventLocales(req, language, { lenient: true })))
    const text = texts.get(language)!
    // The event's seller issues its certificates; `certificates.issuerOf` names the issuer of an event without one.
    const issuer = event.seller ?? config.certificateIssuerOf({ city: text?.city ?? '', country: event.country, currency: event.currency, id: event.id })
    const issueDate = eventDay(now, issuer.timezone)
    const code = generateTicketCode(randomBytes).replace('-', '')
    try {
      const issued = await withTransaction(req, async () => {
        const inserted = await insertCertificate(req, {
          attendeeId: candidate.attendeeId,
          bookingId: candidate.bookingId,
          eventId: event.id,
          frozen: (number): FrozenCertificate => ({
            attendeeName: candidate.attendeeName,
            hours: event.trainingHours!,
            issueDate,
            issuedAt: now.toISOString(),
            language,
            number,
            seller: { address: issuer.address, name: issuer.name, registrationNumber: issuer.registrationNumber ?? null },
            service: { city: text?.city ?? '', endsAt: (event.endsAt ?? event.startsAt).toISOString(), startsAt: event.startsAt.toISOString(), timezone: event.timezone, title: text?.title ?? '', venueName: text?.venueName ?? null },
            verificationCode: code,
            verificationUrl:
              config.emails.pages?.certificate?.({ code, locale: language, number, siteUrl }) ?? `${siteUrl}/certificates/${encodeURIComponent(number)}?c=${code}`,
          }),
          issuedAt: now,
          numberOf: (sequence) => certificateNumber(issuer.prefix, Number(issueDate.slice(0, 4)), sequence),
          seriesKey: issuer.seriesKey,
          verificationCode: code,
          year: Number(issueDate.slice(0, 4)),
        })
        // Someone else issued it meanwhile: roll back, which gives the number back.
        if (!inserted) throw new AlreadyIssued()
        if (attendeeId !== undefined) {
          await writeAuditEntry(req, { action: 'certificate.issue', bookingId: candidate.bookingId, details: { attendeeId, number: inserted.number }, target: `certificates:${inserted.id}` })
        }
        return inserted
      })
      numbers.push(issued.number)
      bookings.add(candidate.bookingId)
    } catch (error) {
      if (!(error instanceof AlreadyIssued)) throw error
    }
  }
  for (const bookingId of bookings) await withTransaction(req, () => queueEmail(req, { bookingId, kind: 'certificates' }))
  return { candidates: candidates.length, issued: numbers.length, notEligible: candidates.length - eligible.length, numbers }
}
