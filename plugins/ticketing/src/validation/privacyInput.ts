import { z } from 'zod'

const email = z
  .string({ error: 'An email address is required.' })
  .trim()
  .max(254, 'This email address is too long.')
  .pipe(z.email('This is not a valid email address.'))
  .transform((value) => value.toLowerCase())

/** Body of POST /api/ticketing/privacy/erase: the address whose personal data is erased (compared ignoring case). */
export const eraseInput = z.strictObject({ email })

/** Query of GET /api/ticketing/privacy/export. */
export const exportPersonalDataQuery = z.strictObject({ email })
