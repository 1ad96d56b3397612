import type { PayloadRequest } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import type { AccessCheck } from '../../types'

/** Staff endpoints: 401 without a signed-in user, 403 when the user's roles do not allow it. */
export const requireAccess = async (req: PayloadRequest, check: AccessCheck): Promise<void> => {
  if (!req.user) throw new TicketingError(ERROR_CODES.UNAUTHORIZED, 401, 'Sign in as staff to do this.')
  if (!(await check({ req }))) throw new TicketingError(ERROR_CODES.FORBIDDEN, 403, 'Your role does not allow this action.')
}
