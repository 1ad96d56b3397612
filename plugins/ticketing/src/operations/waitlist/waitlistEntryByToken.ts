import type { PayloadRequest } from 'payload'

import { verifyWaitlistToken, waitlistTokenEntryId } from '../../access/waitlistToken'
import { findWaitlistEntry, type WaitlistEntry } from '../../db/waitlist/findWaitlistEntry'
import { ERROR_CODES, TicketingError } from '../../errors'
import { viewTokenSecret } from '../bookings/viewTokenSecret'

/** The key waiting-list tokens are signed with. */
export const waitlistSecret = (req: Pick<PayloadRequest, 'payload'>) => `${viewTokenSecret(req)}:waitlist`

/** The entry a token opens, or 404 NOT_FOUND (the same answer for a wrong token and an unknown entry). */
export const waitlistEntryByToken = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, token: unknown): Promise<WaitlistEntry> => {
  const id = waitlistTokenEntryId(token)
  const entry = id ? await findWaitlistEntry(req, id) : null
  if (!entry || !verifyWaitlistToken(token, { entryId: entry.id, nonce: entry.tokenNonce, secret: waitlistSecret(req) })) {
    throw new TicketingError(ERROR_CODES.NOT_FOUND, 404, 'No such waiting-list entry.')
  }
  return entry
}
