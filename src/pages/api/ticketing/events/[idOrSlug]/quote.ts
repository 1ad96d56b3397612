import { ticketingNodeRoute } from '@masterclass/plugin-ticketing'
import payloadConfig from '@payload-config'

/** GET /api/ticketing/events/:idOrSlug/quote, asked on every quantity change (see ../../bookings.ts). */
export default ticketingNodeRoute(payloadConfig, '/ticketing/events/:idOrSlug/quote')

export const config = { api: { bodyParser: false } }
