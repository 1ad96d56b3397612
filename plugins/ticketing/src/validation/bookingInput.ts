import { z } from './browserZod'

import { invoiceDetailsInput } from './invoiceDetailsInput'

const CONTROL = /[\u0000-\u001f\u007f]/

const personName = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} cannot be empty.`)
    .max(200, `${label} is at most 200 characters.`)
    .refine((value) => !CONTROL.test(value), `${label} contains invalid characters.`)

const email = z.string({ error: 'An email address is required.' }).trim().max(254, 'This email address is too long.').pipe(z.email('This is not a valid email address.'))

// Phones are stored in E.164; spaces, dots, dashes and brackets are tolerated on input.
const phone = z
  .string()
  .max(32, 'This phone number is too long.')
  .transform((value) => value.replace(/[\s.\-()]/g, ''))
  .refine((value) => value === '' || /^\+[1-9]\d{6,14}$/.test(value), 'Use the international format, e.g. +33612345678.')
  .transform((value) => value || null)

/** Body of POST /api/ticketing/bookings (README: "HTTP API"). Unknown fields are rejected. */
export const bookingInput = z.strictObject({
  attendees: z
    .array(z.strictObject({ email: email.nullish(), name: personName('The attendee name') }))
    .max(1000)
    .optional(),
  buyer: z.strictObject({ email, name: personName('Your name'), phone: phone.nullish() }),
  captcha: z.unknown().optional(),
  eventId: z.union([
    z.number().int().positive(),
    z.string().trim().min(1, 'Choose an event.').max(120),
  ], { error: 'eventId is the event id or slug.' }),
  // Invoice to the buyer's employer or organisation (validation/invoiceDetailsInput); the buyer when absent.
  invoice: invoiceDetailsInput.nullish(),
  expectedTotal: z.number().int('expectedTotal is an amount in minor units.').min(0).optional(),
  // A language tag; checked against the host's locales when the event is read (operations/events/eventLocales).
  locale: z.string({ error: 'locale is a language code, e.g. en.' }).regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'locale is a language code, e.g. en.').optional(),
  // Checked against the stored codes (operations/promo/resolvePromoCode); its syntax never tells a visitor more than UNKNOWN.
  promoCode: z.string({ error: 'promoCode is the code as text.' }).max(64, 'promoCode is at most 64 characters.').optional(),
  // The token of a waiting-list entry whose offer this booking takes (operations/waitlist/waitlistEntryByToken).
  waitlistToken: z.string({ error: 'waitlistToken is the token of the waiting-list offer.' }).max(200, 'waitlistToken is at most 200 characters.').optional(),
  quantity: z.number({ error: 'quantity must be a whole number.' }).int('quantity must be a whole number.').min(1, 'Book at least 1 seat.'),
})

export type BookingInput = z.infer<typeof bookingInput>
