import { randomBytes } from 'node:crypto'

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/**
 * A ticket code printed on each seat: 10 characters from an alphabet without look-alikes,
 * formatted `XXXXX-XXXXX`. 32 symbols make `byte & 31` an unbiased draw (50 bits of entropy).
 */
export const generateTicketCode = (random: (size: number) => Uint8Array = randomBytes): string => {
  const chars = Array.from(random(10), (byte) => ALPHABET[byte & 31])
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
}
