import { randomBytes } from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

function randomString(length: number): string {
  const bytes = randomBytes(length)
  let out = ''
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length]
  return out
}

/** Random identifiers shaped like Stripe's (`pi_3Q…`, `req_…`, client secrets). */
export const ids = {
  /** An object id such as `pi_…`, `cus_…`, `evt_…`. */
  object(prefix: string): string {
    return `${prefix}_1${randomString(23)}`
  },
  /** A `Request-Id` value. */
  request(): string {
    return `req_${randomString(14)}`
  },
  /** A PaymentIntent client secret: `${id}_secret_${random}`. */
  clientSecret(paymentIntentId: string): string {
    return `${paymentIntentId}_secret_${randomString(25)}`
  },
  random: randomString,
}
