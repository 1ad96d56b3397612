import config from './testPayloadConfig'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

const handlers = { DELETE: REST_DELETE(config), GET: REST_GET(config), PATCH: REST_PATCH(config), POST: REST_POST(config), PUT: REST_PUT(config) }

export type RestOptions = { body?: unknown; headers?: Record<string, string>; rawBody?: string; token?: string }
export type RestResponse<T = any> = { body: T; headers: Headers; status: number }

/**
 * Calls the site's real REST route handlers (the same functions Next serves under /api)
 * with a real Request, as Payload's own NextRESTClient does.
 */
export const rest = async <T = any>(method: keyof typeof handlers, apiPath: string, options: RestOptions = {}): Promise<RestResponse<T>> => {
  const url = new URL(`http://localhost:3000/api${apiPath}`)
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: string | undefined
  if (options.rawBody !== undefined) body = options.rawBody
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers.set('Content-Type', 'application/json')
  }
  const request = new Request(url, { body, headers, method })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  // Decoded as sent: a byte-order mark (CSV exports) is kept, not silently dropped.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {}
  return { body: parsed as T, headers: response.headers, status: response.status }
}
