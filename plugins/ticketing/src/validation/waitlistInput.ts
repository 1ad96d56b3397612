import { z } from 'zod'

const CONTROL = /[\u0000-\u001f\u007f]/

/** Body of POST /api/ticketing/events/:idOrSlug/waitlist (README: "HTTP API"). Unknown fields are rejected. */
export const waitlistInput = z.strictObject({
  acceptPartial: z.boolean({ error: 'acceptPartial is true or false.' }).optional(),
  captcha: z.unknown().optional(),
  email: z.string({ error: 'An email address is required.' }).trim().max(254, 'This email address is too long.').pipe(z.email('This is not a valid email address.')),
  locale: z.string({ error: 'locale is a language code, e.g. en.' }).regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'locale is a language code, e.g. en.').optional(),
  name: z
    .string({ error: 'Your name is required.' })
    .trim()
    .min(1, 'Your name cannot be empty.')
    .max(200, 'Your name is at most 200 characters.')
    .refine((value) => !CONTROL.test(value), 'Your name contains invalid characters.'),
  quantity: z.number({ error: 'quantity must be a whole number.' }).int('quantity must be a whole number.').min(1, 'Ask for at least 1 seat.'),
})

export type WaitlistInput = z.infer<typeof waitlistInput>
