import type { IncomingMessage, ServerResponse } from 'node:http'

import { createLocalReq, getPayload, headersWithCors, type Endpoint, type PayloadRequest, type SanitizedConfig } from 'payload'

import { errorResponse } from './errorResponse'

/**
 * The public endpoints a host may also serve through a Node route (see ticketingNodeRoute): they
 * read no signed-in user, so Payload's authentication, which this route skips, changes nothing.
 */
export const NODE_ROUTE_PATHS = ['/ticketing/bookings', '/ticketing/events/:idOrSlug/quote', '/ticketing/stripe/webhook'] as const
export type NodeRoutePath = (typeof NODE_ROUTE_PATHS)[number]

/** The request's headers as Web Headers (repeated ones joined, as the Fetch API does). */
const webHeaders = (incoming: IncomingMessage): Headers => {
  const headers = new Headers()
  const raw = incoming.rawHeaders
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1])
  return headers
}

/** The endpoint path as a matcher of the request's pathname (under the API route): `:name` is one decoded segment. */
const pathMatcher = (apiRoute: string, path: string) => {
  const names: string[] = []
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const source = `${apiRoute}${path}`.split('/').map((segment) => (segment.startsWith(':') ? (names.push(segment.slice(1)), '([^/]+)') : escape(segment)))
  const pattern = new RegExp(`^${source.join('/')}/?$`)
  return (pathname: string): null | Record<string, string> => {
    const found = pattern.exec(pathname)
    if (!found) return null
    try {
      return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1])]))
    } catch {
      return null
    }
  }
}

/** The whole body as text (for an endpoint that reads it at once, like the webhook's signature check). */
const bodyText = async (incoming: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

const send = async (outgoing: ServerResponse, response: Response, headers: Headers) => {
  outgoing.statusCode = response.status
  for (const [name, value] of headers) if (name !== 'set-cookie') outgoing.setHeader(name, value)
  const cookies = headers.getSetCookie()
  if (cookies.length) outgoing.setHeader('set-cookie', cookies)
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * One of the plugin's public endpoints as a Node (req, res) handler, for a host that serves the
 * hottest paths outside Payload's REST route, e.g. a Next.js Pages Router API route at the same
 * address (`pages/api/ticketing/bookings.ts`, with `bodyParser: false`). The endpoint is the very
 * one Payload serves (same handler, same answers, same CORS headers); what this route skips is
 * the general REST path's per-request work that these endpoints do not use (authentication,
 * request language, query parsing, endpoint matching) and the Web Request/Response conversion
 * of an App Router route handler. Any other method on the path is answered as Payload would.
 */
export const ticketingNodeRoute = (config: Promise<SanitizedConfig> | SanitizedConfig, path: NodeRoutePath) => {
  if (!NODE_ROUTE_PATHS.includes(path)) throw new Error(`ticketingNodeRoute serves only ${NODE_ROUTE_PATHS.join(', ')}, not ${path}`)
  let route: { endpoints: Map<string, Endpoint>; match: ReturnType<typeof pathMatcher> } | undefined
  return async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    let req: PayloadRequest | undefined
    try {
      const payload = await getPayload({ config, cron: true })
      route ??= {
        endpoints: new Map(payload.config.endpoints.filter((endpoint) => endpoint.path === path).map((endpoint) => [endpoint.method, endpoint])),
        match: pathMatcher(payload.config.routes.api, path),
      }
      const method = (incoming.method ?? 'GET').toLowerCase()
      const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`)
      const routeParams = route.match(url.pathname)
      const partial = {
        // Read as chunks by readJsonBody, like the Web stream of a Request.
        body: incoming,
        headers: webHeaders(incoming),
        method: method.toUpperCase(),
        payloadAPI: 'REST',
        routeParams: routeParams ?? {},
        searchParams: url.searchParams,
        text: () => bodyText(incoming),
        url: url.href,
      } as unknown as Partial<PayloadRequest>
      req = await createLocalReq({ req: partial }, payload)
      const endpoint = routeParams ? route.endpoints.get(method) : undefined
      // Payload's answers for a method the path does not have: OPTIONS (CORS preflight) is 200, anything else 404.
      const response = endpoint
        ? await endpoint.handler(req)
        : Response.json(method === 'options' ? {} : { message: `Route not found "${url.pathname}"` }, { status: method === 'options' ? 200 : 404 })
      await send(outgoing, response, headersWithCors({ headers: new Headers(response.headers), req }))
    } catch (error) {
      // The endpoints answer their own errors; this is what fails around them (Payload not starting).
      const response = errorResponse(error, req?.payload.logger ?? console)
      await send(outgoing, response, response.headers)
    }
  }
}
