import type { BookingFormValues, InvoiceFormValues } from '../validateBookingForm'

const optional = (value: string) => value.trim() || null

/** The `invoice` of the request: trimmed, empty optional fields left out as null. */
const invoiceDetails = ({ address, company, purchaseOrder, registrationNumber, vatNumber }: InvoiceFormValues) => ({
  address: { city: address.city.trim(), country: address.country.trim(), line1: address.line1.trim(), line2: optional(address.line2), postalCode: address.postalCode.trim() },
  company: optional(company),
  purchaseOrder: optional(purchaseOrder),
  registrationNumber: optional(registrationNumber),
  vatNumber: optional(vatNumber),
})

/**
 * The body of POST /api/ticketing/bookings from the form: trimmed texts, one attendee per seat
 * (the email only when given), and the total the visitor was shown as `expectedTotal`.
 */
export const bookingRequest = (
  values: BookingFormValues,
  {
    captcha,
    eventId,
    expectedTotal,
    locale,
    promoCode = null,
    waitlistToken = null,
  }: { captcha: null | string; eventId: number; expectedTotal: number; locale: string; promoCode?: null | string; waitlistToken?: null | string },
) => {
  const phone = values.buyer.phone.trim()
  const invoice = values.invoice?.enabled ? invoiceDetails(values.invoice) : null
  return {
    attendees: values.attendees.slice(0, values.quantity).map((attendee) => ({
      name: attendee.name.trim(),
      ...(attendee.email.trim() ? { email: attendee.email.trim() } : {}),
    })),
    buyer: { email: values.buyer.email.trim(), name: values.buyer.name.trim(), ...(phone ? { phone } : {}) },
    ...(captcha ? { captcha } : {}),
    eventId,
    expectedTotal,
    ...(invoice ? { invoice } : {}),
    locale,
    ...(promoCode ? { promoCode } : {}),
    quantity: values.quantity,
    ...(waitlistToken ? { waitlistToken } : {}),
  }
}
