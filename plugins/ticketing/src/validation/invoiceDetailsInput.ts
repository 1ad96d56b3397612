import countries from 'i18n-iso-countries'
import { checkVAT, countries as vatCountries } from 'jsvat'
import { z } from 'zod'

const CONTROL = /[\u0000-\u001f\u007f]/

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is text.` })
    .trim()
    .max(max, `${label} is at most ${max} characters.`)
    .refine((value) => !CONTROL.test(value), `${label} contains invalid characters.`)

const required = (label: string, max: number) => text(label, max).min(1, `${label} is required.`)
/** Optional text: absent, null or blank is "not given" (null). */
const optional = (label: string, max: number) => text(label, max).nullish().transform((value) => value || null)

const EU_VAT = /^[A-Z]{2}/

/**
 * A VAT number: spaces, dots and dashes are dropped and letters upper-cased; one of a country
 * jsvat knows (the EU with EL for Greece, GB, CH, NO…) must match that country's format and
 * check digits; others are kept as written, 4 to 20 letters and digits.
 */
const vatNumber = z
  .string({ error: 'The VAT number is text.' })
  .max(30, 'The VAT number is at most 30 characters.')
  .transform((value) => value.replace(/[\s.\-]/g, '').toUpperCase())
  .refine((value) => value === '' || /^[A-Z0-9]{4,20}$/.test(value), 'A VAT number is letters and digits, e.g. FR40552100554.')
  .refine((value) => {
    if (value === '' || !EU_VAT.test(value)) return true
    const result = checkVAT(value, vatCountries)
    // Numbers of countries jsvat does not know (Canada…) are kept as written.
    return result.isValid || !result.isSupportedCountry
  }, 'This VAT number is not valid (check the country code and the digits).')
  .nullish()
  .transform((value) => value || null)

const country = z
  .string({ error: 'The country is an ISO 3166-1 code, e.g. FR.' })
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => /^[A-Z]{2}$/.test(value) && countries.isValid(value), 'The country is an ISO 3166-1 alpha-2 code, e.g. FR, BE, CA.')

/**
 * Who an invoice is made out to when the buyer's employer or organisation pays: body
 * `invoice` of POST /bookings and of PUT /bookings/:reference/invoice-details (README: "Invoices").
 * A company or a person's name is needed (the buyer's when neither is given). Unknown fields
 * are refused; every problem is reported on its own field.
 */
export const invoiceDetailsInput = z.strictObject({
  address: z.strictObject({
    city: required('The city', 100),
    country,
    line1: required('The address', 200),
    line2: optional('The second address line', 200),
    postalCode: required('The postal code', 20),
    region: optional('The region', 100),
  }, { error: 'The billing address is required.' }),
  company: optional('The company name', 200),
  name: optional('The contact name', 200),
  purchaseOrder: optional('The purchase order', 60),
  registrationNumber: optional('The registration number', 40),
  vatNumber,
})

export type InvoiceDetails = z.infer<typeof invoiceDetailsInput>
