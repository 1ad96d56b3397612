import type { ServerResponse } from 'node:http'

/** Writes a JSON response (Stripe pretty-prints with two spaces); a no-op if the client already left. */
export function sendJson(res: ServerResponse, status: number, body: object | string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2)
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-cache, no-store',
  })
  res.end(text)
}
