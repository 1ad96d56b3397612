import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export type RestOptions = { body?: unknown; headers?: Record<string, string>; rawBody?: string; token?: string }
export type RestResponse<T = any> = { body: T; headers: Headers; status: number }
type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

/**
 * The host's real REST route handlers (the functions Next serves under /api), called with real
 * Requests as Payload's NextRESTClient does, and served on a local port for callers that need
 * an address (the Stripe emulator's webhooks). No Next build involved.
 */
export const createRestClient = (config: Promise<SanitizedConfig>) => {
  const handlers = { DELETE: REST_DELETE(config), GET: REST_GET(config), PATCH: REST_PATCH(config), POST: REST_POST(config) }
  const handle = (request: Request) => {
    const handler = handlers[request.method as Method]
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    return handler(request, { params: Promise.resolve({ slug }) })
  }

  const rest = async <T = any>(method: Method, apiPath: string, options: RestOptions = {}): Promise<RestResponse<T>> => {
    const headers = new Headers(options.headers)
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    let body: string | undefined
    if (options.rawBody !== undefined) body = options.rawBody
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers.set('Content-Type', 'application/json')
    }
    const response = await handle(new Request(`http://localhost:3000/api${apiPath}`, { body, headers, method }))
    // Decoded as sent: a byte-order mark (CSV exports) is kept.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {}
    return { body: parsed as T, headers: response.headers, status: response.status }
  }

  const listen = async () => {
    const server = http.createServer(async (incoming, outgoing) => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
      if (!url.pathname.startsWith('/api/') || !((incoming.method ?? '') in handlers)) return void outgoing.writeHead(404).end()
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers.set(name, String(value))
      try {
        const response = await handle(new Request(url, { body: chunks.length ? Buffer.concat(chunks) : undefined, headers, method: incoming.method }))
        outgoing.writeHead(response.status, Object.fromEntries(response.headers))
        outgoing.end(Buffer.from(await response.arrayBuffer()))
      } catch (error) {
        console.error(error)
        outgoing.writeHead(500).end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { close: () => new Promise<void>((resolve) => server.close(() => resolve())), url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
  }

  return { listen, rest }
}
