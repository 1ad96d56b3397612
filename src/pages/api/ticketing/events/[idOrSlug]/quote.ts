import { ticketingNodeRoute } from '@masterclass/plugin-ticketing/node-route'

/** GET /api/ticketing/events/:idOrSlug/quote, asked on every quantity change (see ../../bookings.ts). */
export default ticketingNodeRoute('/ticketing/events/:idOrSlug/quote')

export const config = { api: { bodyParser: false } }
