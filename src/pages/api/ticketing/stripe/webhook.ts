import { ticketingNodeRoute } from '@masterclass/plugin-ticketing/node-route'

/** POST /api/ticketing/stripe/webhook, a burst after a sales rush (see ../bookings.ts). */
export default ticketingNodeRoute('/ticketing/stripe/webhook')

// The signature is checked on the raw body, unparsed.
export const config = { api: { bodyParser: false } }
