import { ticketingNodeRoute } from '@masterclass/plugin-ticketing/node-route'

/**
 * POST /api/ticketing/bookings, the busiest public endpoint in a sales rush, served by a Pages
 * Router API route: the plugin's own endpoint, without the App Router's and Payload REST's
 * per-request work it does not need (README, architecture). The quote and the Stripe webhook
 * are served the same way; every other /api path stays with Payload's REST route
 * (app/(payload)/api/[...slug]). This module loads nothing of the Payload config: the handler
 * is the one the plugin registered when Payload started (src/instrumentation.ts).
 */
export default ticketingNodeRoute('/ticketing/bookings')

// The endpoint reads the raw body itself (32 KiB limit, its own errors).
export const config = { api: { bodyParser: false } }
