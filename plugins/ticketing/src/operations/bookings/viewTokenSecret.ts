import type { PayloadRequest } from 'payload'

/** The key view tokens are signed with: the server secret, kept apart from its other uses. */
export const viewTokenSecret = (req: Pick<PayloadRequest, 'payload'>): string => `${req.payload.secret}:ticketing-view-token`
