import type { IncomingMessage, ServerResponse } from 'node:http'

import { createLocalReq, headersWithCors, type Endpoint, type Payload, type PayloadRequest, type SanitizedConfig } from 'payload'

import { socketAddressHeader } from '../../security/socketAddress'
import { errorResponse } from './errorResponse'
import { NODE_ROUTE_PATHS, type NodeRouteHandler, type NodeRoutePath } from './nodeRouteRegistry'

/**
 * The request's headers as Web Headers (repeated ones joined, as the Fetch API does), with the
 * socket's address under security/socketAddress's header, as Payload's routes see it.
 */
const webHeaders = (incoming: IncomingMessage): Headers => {
  const headers = new Headers()
  const raw = incoming.rawHeaders
  const stamp = socketAddressHeader()
  for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() !== stamp) headers.append(raw[i], raw[i + 1])
  headers.set(stamp, incoming.socket?.remoteAddress ?? '')
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

type Route = { endpoints: Map<string, Endpoint>; match: ReturnType<typeof pathMatcher> }

/** Each path's endpoints by method, per config (a development reload brings a new one). */
const routesOf = new WeakMap<SanitizedConfig, Map<NodeRoutePath, Route>>()
const routeFor = (config: SanitizedConfig, path: NodeRoutePath): Route => {
  let routes = routesOf.get(config)
  if (!routes) {
    routes = new Map(
      NODE_ROUTE_PATHS.map((p) => [
        p,
        { endpoints: new Map(config.endpoints.filter((endpoint) => endpoint.path === p).map((endpoint) => [endpoint.method, endpoint])), match: pathMatcher(config.routes.api, p) },
      ]),
    )
    routesOf.set(config, routes)
  }
  return routes.get(path)!
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
 * The handler behind ticketingNodeRoute (nodeRouteRegistry) for this Payload instance: the
 * endpoint Payload serves at that path, called with a request built by Payload's createLocalReq.
 * Any other method on the path is answered as Payload's REST route would.
 */
export const nodeRouteHandler =
  (payload: Payload): NodeRouteHandler =>
  async (path, incoming, outgoing) => {
    let req: PayloadRequest | undefined
    try {
      const route = routeFor(payload.config, path)
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
      // The endpoints answer their own errors; this is what fails around them.
      const response = errorResponse(error, payload.logger)
      await send(outgoing, response, response.headers)
    }
  }
