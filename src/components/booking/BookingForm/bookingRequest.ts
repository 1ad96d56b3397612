import type { BookingFormValues } from '../validateBookingForm'

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
  return {
    attendees: values.attendees.slice(0, values.quantity).map((attendee) => ({
      name: attendee.name.trim(),
      ...(attendee.email.trim() ? { email: attendee.email.trim() } : {}),
    })),
    buyer: { email: values.buyer.email.trim(), name: values.buyer.name.trim(), ...(phone ? { phone } : {}) },
    ...(captcha ? { captcha } : {}),
    eventId,
    expectedTotal,
    locale,
    ...(promoCode ? { promoCode } : {}),
    quantity: values.quantity,
    ...(waitlistToken ? { waitlistToken } : {}),
  }
}
