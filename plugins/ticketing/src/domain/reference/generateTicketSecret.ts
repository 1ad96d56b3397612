import { randomBytes } from 'node:crypto'

/**
 * The secret a ticket's QR code carries: 16 random bytes (128 bits) as base64url, 22
 * characters, holding nothing about the attendee. Knowing it is what lets a ticket in at the
 * door; the short ticket code printed beside it is for typing by hand.
 */
export const generateTicketSecret = (random: (size: number) => Uint8Array = randomBytes): string =>
  Buffer.from(random(16)).toString('base64url')
