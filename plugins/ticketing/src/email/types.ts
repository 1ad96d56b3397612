/** Languages the customer emails exist in; `fr` is the default. */
export type EmailLocale = 'fr' | 'en'

/** The template that produced an email; logged instead of the subject (no personal data). */
export type EmailKind = 'certificates' | 'waitlistOffer' | 'confirmation' | 'paymentFailed' | 'refund' | 'lateRefund' | 'disputeAlert' | 'disputeLost' | 'paymentMismatch' | 'eventCancelled'

/** What the templates need to know about an event. Dates are ISO 8601 strings. */
export type EmailEvent = {
  title: string
  city: string
  venueName?: string | null
  venueAddress?: string | null
  startsAt: string
  endsAt?: string | null
  /** IANA time zone of the event, e.g. `Europe/Paris`; every date is shown in it. */
  timezone: string
  slug: string
}

/** What the templates need to know about a booking. Amounts are integers in minor units. */
export type EmailBooking = {
  reference: string
  quantity: number
  currency: string
  total: number
  amountRefunded: number
  buyerName: string
  buyerEmail: string
  locale: EmailLocale
  /** End of the seat hold (ISO 8601), for the payment-failed email. */
  expiresAt?: string | null
  attendees: { name: string; ticketCode: string | null }[]
}

/** A file sent with an email: text (a calendar) or bytes (a PDF). */
export type EmailAttachment = { filename: string; content: Buffer | string; contentType: string }

/** A ready-to-send email: both bodies are always present. */
export type RenderedEmail = {
  subject: string
  text: string
  html: string
  attachments?: EmailAttachment[]
  /** The template kind, sent as the `X-Ticketing-Template` header and used in logs. */
  kind?: EmailKind
}

/** A label/value row of an email's details table. Values may contain newlines. */
export type EmailDetail = { label: string; value: string }

/**
 * The structured content of an email, rendered to text and HTML by `renderEmail`.
 * Every string is plain text: the renderer escapes it for HTML.
 */
export type EmailContent = {
  kind: EmailKind
  lang: EmailLocale
  subject: string
  heading: string
  paragraphs: string[]
  details?: EmailDetail[]
  list?: { title: string; items: string[] }
  action?: { label: string; url: string }
  /** Paragraphs after the action (notes, sign-off). */
  after?: string[]
  footer?: string
  attachments?: EmailAttachment[]
}
