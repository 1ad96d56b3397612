import type { PayloadRequest } from 'payload'

/** The key document links are signed with: the server secret, kept apart from its other uses. */
export const documentTokenSecret = (req: Pick<PayloadRequest, 'payload'>): string => `${req.payload.secret}:ticketing-document`
