import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The public endpoints a host may also serve through a Node route (see ticketingNodeRoute): they
 * read no signed-in user, so Payload's authentication, which that route skips, changes nothing.
 */
export const NODE_ROUTE_PATHS = ['/ticketing/bookings', '/ticketing/events/:idOrSlug/quote', '/ticketing/stripe/webhook'] as const
export type NodeRoutePath = (typeof NODE_ROUTE_PATHS)[number]

export type NodeRouteHandler = (path: NodeRoutePath, incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void>

type Registry = { handler?: NodeRouteHandler; ready: Promise<NodeRouteHandler>; resolve: (handler: NodeRouteHandler) => void }

// One per process, whichever bundle reads it: a host's route and the Payload config it serves
// are usually bundled apart (Next.js's Pages and App Routers), each with its own module copies.
const KEY = Symbol.for('@masterclass/plugin-ticketing/node-routes')

const registry = (): Registry => {
  const scope = globalThis as { [KEY]?: Registry }
  if (!scope[KEY]) {
    let resolve!: (handler: NodeRouteHandler) => void
    const ready = new Promise<NodeRouteHandler>((done) => (resolve = done))
    scope[KEY] = { ready, resolve }
  }
  return scope[KEY]
}

/** Called by the plugin each time Payload starts in this process (a restart replaces the handler). */
export const provideNodeRoutes = (handler: NodeRouteHandler) => {
  const current = registry()
  current.handler = handler
  current.resolve(handler)
}

/** How long a request that arrives before Payload has started in this process waits for it. */
const STARTUP_WAIT_MS = 30_000

const notStarted = (outgoing: ServerResponse) => {
  outgoing.writeHead(503, { 'Cache-Control': 'no-store', 'Content-Type': 'application/json', 'Retry-After': '5' })
  outgoing.end(JSON.stringify({ error: { code: 'INTERNAL', details: {}, message: 'The ticketing service is starting. Please try again in a few seconds.' } }))
}

/**
 * One of the plugin's public endpoints as a Node (req, res) handler, for a host that serves the
 * hottest paths outside Payload's REST route, e.g. a Next.js Pages Router API route at the same
 * address (`pages/api/ticketing/bookings.ts`, with `bodyParser: false`). The endpoint is the very
 * one Payload serves (same handler, same answers, same CORS headers); what this route skips is
 * the general REST path's per-request work that these endpoints do not use (authentication,
 * request language, query parsing, endpoint matching) and the Web Request/Response conversion
 * of an App Router route handler.
 *
 * This module imports nothing at run time, so the route that mounts it loads at once and never
 * waits on the Payload config's module graph: the handler is the one the plugin registered when
 * Payload started in this process. The host starts Payload when the server starts (Next.js:
 * `instrumentation.ts`); a request that comes first waits for it (up to 30 s, then 503).
 */
export const ticketingNodeRoute = (path: NodeRoutePath) => {
  if (!NODE_ROUTE_PATHS.includes(path)) throw new Error(`ticketingNodeRoute serves only ${NODE_ROUTE_PATHS.join(', ')}, not ${path}`)
  return async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const { handler, ready } = registry()
    if (handler) return handler(path, incoming, outgoing)
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([ready, new Promise<null>((resolve) => (timer = setTimeout(resolve, STARTUP_WAIT_MS, null)))])
    clearTimeout(timer)
    if (!waited) return notStarted(outgoing)
    return registry().handler!(path, incoming, outgoing)
  }
}
