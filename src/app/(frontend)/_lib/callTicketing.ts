import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

/**
 * Runs one of the ticketing plugin's public GET endpoints in this process (the very handler
 * behind `/api/ticketing/...`), so a server-rendered page shows what the API answers without
 * an HTTP round trip to itself.
 */
export const callTicketing = async <T>(
  route: string,
  { params = {}, query = {} }: { params?: Record<string, string>; query?: Record<string, string> },
): Promise<{ body: T; status: number }> => {
  const payload = await getPayload({ config })
  const endpoint = payload.config.endpoints.find((candidate) => candidate.method === 'get' && candidate.path === route)
  if (!endpoint) throw new Error(`No ticketing endpoint at GET ${route}`)
  const path = Object.entries(params).reduce((acc, [key, value]) => acc.replace(`:${key}`, encodeURIComponent(value)), route)
  const req = await createLocalReq({ req: { routeParams: params }, urlSuffix: `/api${path}?${new URLSearchParams(query)}` }, payload)
  const response = await endpoint.handler(req)
  return { body: (await response.json()) as T, status: response.status }
}
