import type { Endpoint } from 'payload'

import type { SanitizedTicketingPluginConfig } from '../types'
import { bookingDocumentsEndpoint } from './bookings/bookingDocumentsEndpoint'
import { cancelBookingEndpoint } from './bookings/cancelBookingEndpoint'
import { createBookingEndpoint } from './bookings/createBookingEndpoint'
import { getBookingEndpoint } from './bookings/getBookingEndpoint'
import { invoiceDetailsEndpoint } from './bookings/invoiceDetailsEndpoint'
import { paymentIntentEndpoint } from './bookings/paymentIntentEndpoint'
import { refundEndpoint } from './bookings/refundEndpoint'
import { resendConfirmationEndpoint } from './bookings/resendConfirmationEndpoint'
import { captchaEndpoint } from './captchaEndpoint'
import { issueCertificatesEndpoint } from './certificates/issueCertificatesEndpoint'
import { verifyCertificateEndpoint } from './certificates/verifyCertificateEndpoint'
import { checkInEndpoint } from './checkIns/checkInEndpoint'
import { eventAttendeesEndpoint } from './checkIns/eventAttendeesEndpoint'
import { scannerWasmEndpoint } from './checkIns/scannerWasmEndpoint'
import { undoCheckInEndpoint } from './checkIns/undoCheckInEndpoint'
import { cancelEventEndpoint } from './events/cancelEventEndpoint'
import { cancellationProgressEndpoint } from './events/cancellationProgressEndpoint'
import { getQuoteEndpoint } from './events/getQuoteEndpoint'
import { bookingsCsvEndpoint } from './exports/bookingsCsvEndpoint'
import { invoicesCsvEndpoint } from './exports/invoicesCsvEndpoint'
import { listEventsEndpoint } from './events/listEventsEndpoint'
import { healthEndpoint } from './healthEndpoint'
import { documentPdfEndpoint } from './invoices/documentPdfEndpoint'
import { reissueInvoiceEndpoint } from './invoices/reissueInvoiceEndpoint'
import { eraseEndpoint } from './privacy/eraseEndpoint'
import { exportEndpoint } from './privacy/exportEndpoint'
import { reconcileEndpoint } from './reconcileEndpoint'
import { statsEndpoint } from './statsEndpoint'
import { webhookEndpoint } from './stripe/webhookEndpoint'
import { joinWaitlistEndpoint } from './waitlist/joinWaitlistEndpoint'
import { offerNowEndpoint } from './waitlist/offerNowEndpoint'
import { getWaitlistEntryEndpoint, leaveWaitlistEndpoint } from './waitlist/waitlistEntryEndpoints'

/** Every endpoint of the plugin, all under /api/ticketing/… */
export const getTicketingEndpoints = (config: SanitizedTicketingPluginConfig): Endpoint[] => [
  healthEndpoint(),
  listEventsEndpoint(),
  getQuoteEndpoint(config),
  captchaEndpoint(config),
  createBookingEndpoint(config),
  getBookingEndpoint(),
  cancelBookingEndpoint(config),
  invoiceDetailsEndpoint(),
  bookingDocumentsEndpoint(),
  documentPdfEndpoint(),
  reissueInvoiceEndpoint(config),
  paymentIntentEndpoint(config),
  webhookEndpoint(config),
  refundEndpoint(config),
  resendConfirmationEndpoint(config),
  reconcileEndpoint(config),
  cancelEventEndpoint(config),
  cancellationProgressEndpoint(config),
  bookingsCsvEndpoint(config),
  invoicesCsvEndpoint(config),
  statsEndpoint(config),
  eraseEndpoint(config),
  exportEndpoint(config),
  checkInEndpoint(config),
  undoCheckInEndpoint(config),
  eventAttendeesEndpoint(config),
  scannerWasmEndpoint(),
  issueCertificatesEndpoint(config),
  verifyCertificateEndpoint(),
  // The waiting list.
  joinWaitlistEndpoint(config),
  getWaitlistEntryEndpoint(),
  leaveWaitlistEndpoint(config),
  offerNowEndpoint(config),
]
