import { ticketingNodeRoute } from '@masterclass/plugin-ticketing'
import payloadConfig from '@payload-config'

/** POST /api/ticketing/stripe/webhook, a burst after a sales rush (see ../bookings.ts). */
export default ticketingNodeRoute(payloadConfig, '/ticketing/stripe/webhook')

// The signature is checked on the raw body, unparsed.
export const config = { api: { bodyParser: false } }
