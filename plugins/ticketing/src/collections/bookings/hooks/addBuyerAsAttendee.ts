import type { CollectionAfterChangeHook } from 'payload'

import { SYSTEM_WRITE } from '../../../constants'
import { generateTicketCode } from '../../../domain/reference/generateTicketCode'
import { generateTicketSecret } from '../../../domain/reference/generateTicketSecret'
import type { SanitizedTicketingPluginConfig } from '../../../types'

/**
 * A booking made in the admin gets its N attendees at once: the buyer first, then numbered
 * guests whose names staff can correct. The booking engine writes its own attendees.
 */
export const addBuyerAsAttendee =
  (config: SanitizedTicketingPluginConfig): CollectionAfterChangeHook =>
  async ({ context, doc, operation, req }) => {
    if (operation !== 'create' || context[SYSTEM_WRITE]) return doc
    const eventId = typeof doc.cityEvent === 'object' ? doc.cityEvent.id : doc.cityEvent
    for (let position = 1; position <= Number(doc.quantity); position++) {
      await req.payload.create({
        collection: config.slugs.attendees,
        context: { [SYSTEM_WRITE]: true },
        data: {
          booking: doc.id,
          cityEvent: eventId,
          email: position === 1 ? doc.buyer?.email : null,
          name: position === 1 ? doc.buyer?.name : `${doc.buyer?.name} (${position})`,
          position,
          qrSecret: generateTicketSecret(),
          ticketCode: doc.status === 'CONFIRMED' ? generateTicketCode() : null,
        },
        req,
      })
    }
    return doc
  }
