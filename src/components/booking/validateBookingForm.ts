import { z } from '@masterclass/plugin-ticketing/domain'

/** "Invoice to my employer / organisation", as typed (sent only when `enabled`). */
export type InvoiceFormValues = {
  address: { city: string; country: string; line1: string; line2: string; postalCode: string }
  company: string
  enabled: boolean
  purchaseOrder: string
  registrationNumber: string
  vatNumber: string
}

export const EMPTY_INVOICE: InvoiceFormValues = {
  address: { city: '', country: '', line1: '', line2: '', postalCode: '' },
  company: '',
  enabled: false,
  purchaseOrder: '',
  registrationNumber: '',
  vatNumber: '',
}

/** What the visitor typed in the booking form. */
export type BookingFormValues = {
  attendees: { email: string; name: string }[]
  buyer: { email: string; name: string; phone: string }
  /** Absent in a draft saved before the invoice section existed. */
  invoice?: InvoiceFormValues
  quantity: number
}

/** Keys of `booking.validation.*` messages; their English text is the server's own wording. */
export type ValidationKey =
  | 'attendeeNameEmpty'
  | 'attendeeNameInvalid'
  | 'attendeeNameTooLong'
  | 'emailInvalid'
  | 'emailTooLong'
  | 'nameEmpty'
  | 'nameInvalid'
  | 'nameTooLong'
  | 'phoneFormat'
  | 'phoneTooLong'
  | 'quantityRange'
  | 'required'

/** Field path (the server's `details.fields` keys, e.g. `attendees.1.name`) → message key. */
export type FieldErrors = Record<string, ValidationKey>

const CONTROL = /[\u0000-\u001f\u007f]/

// The same rules as the server's body schema (plugins/ticketing/src/validation/bookingInput.ts).
const personName = (empty: ValidationKey, long: ValidationKey, invalid: ValidationKey) =>
  z.string().trim().min(1, empty).max(200, long).refine((value) => !CONTROL.test(value), invalid)
const email = z.string().trim().max(254, 'emailTooLong').pipe(z.email('emailInvalid'))
const phone = z
  .string()
  .max(32, 'phoneTooLong')
  .transform((value) => value.replace(/[\s.\-()]/g, ''))
  .refine((value) => value === '' || /^\+[1-9]\d{6,14}$/.test(value), 'phoneFormat')

const schema = (maxPerBooking: number) =>
  z.object({
    attendees: z.array(
      z.object({
        // Optional: an empty attendee email is no email at all.
        email: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), email.optional()),
        name: personName('attendeeNameEmpty', 'attendeeNameTooLong', 'attendeeNameInvalid'),
      }),
    ),
    buyer: z.object({ email, name: personName('nameEmpty', 'nameTooLong', 'nameInvalid'), phone }),
    // Only when asked for: the billing address lines the server requires (it checks the rest, VAT number included).
    invoice: z
      .discriminatedUnion('enabled', [
        z.object({
          address: z.object({ city: z.string().trim().min(1, 'required'), country: z.string().trim().min(1, 'required'), line1: z.string().trim().min(1, 'required'), postalCode: z.string().trim().min(1, 'required') }),
          enabled: z.literal(true),
        }),
        z.object({ enabled: z.literal(false) }),
      ])
      .optional(),
    quantity: z.number().int('quantityRange').min(1, 'quantityRange').max(maxPerBooking, 'quantityRange'),
  })

/** Checks the form before it is sent: the first problem of each field, as a message key. */
export const validateBookingForm = (values: BookingFormValues, maxPerBooking: number): FieldErrors => {
  const result = schema(maxPerBooking).safeParse(values)
  if (result.success) return {}
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.')
    if (!(path in errors)) errors[path] = issue.message as ValidationKey
  }
  return errors
}
