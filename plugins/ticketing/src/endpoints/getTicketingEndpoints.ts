import type { Endpoint } from 'payload'

import type { SanitizedTicketingPluginConfig } from '../types'
import { cancelBookingEndpoint } from './bookings/cancelBookingEndpoint'
import { createBookingEndpoint } from './bookings/createBookingEndpoint'
import { getBookingEndpoint } from './bookings/getBookingEndpoint'
import { captchaEndpoint } from './captchaEndpoint'
import { getQuoteEndpoint } from './events/getQuoteEndpoint'
import { listEventsEndpoint } from './events/listEventsEndpoint'
import { healthEndpoint } from './healthEndpoint'

/** Every endpoint of the plugin, all under /api/ticketing/… */
export const getTicketingEndpoints = (config: SanitizedTicketingPluginConfig): Endpoint[] => [
  healthEndpoint(),
  listEventsEndpoint(),
  getQuoteEndpoint(),
  captchaEndpoint(config),
  createBookingEndpoint(config),
  getBookingEndpoint(),
  cancelBookingEndpoint(),
]
