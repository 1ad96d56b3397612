import http from 'node:http'
import type { AddressInfo } from 'node:net'

import config from './testPayloadConfig'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers: Record<string, ReturnType<typeof REST_GET>> = {
  DELETE: REST_DELETE(config),
  GET: REST_GET(config),
  PATCH: REST_PATCH(config),
  POST: REST_POST(config),
}

/**
 * A minimal HTTP server around the site's real REST route handlers (the functions Next
 * serves under /api): a real address for the Stripe emulator's webhooks, and a way to run
 * several app processes on one database.
 */
export const startApiServer = async (port = 0) => {
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
      const handler = handlers[incoming.method ?? 'GET']
      if (!url.pathname.startsWith('/api/') || !handler) {
        outgoing.writeHead(404).end()
        return
      }
      const chunks: Buffer[] = []
      for await (const chunk of incoming) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      const request = new Request(url, { body: chunks.length ? Buffer.concat(chunks) : undefined, headers, method: incoming.method })
      const response = await handler(request, { params: Promise.resolve({ slug: url.pathname.slice(5).split('/') }) })
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      console.error(error)
      outgoing.writeHead(500).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  }
}
