import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { assertSafeInput } from './assertSafeInput'
import { errorResponse } from './errorResponse'

type Method = 'delete' | 'get' | 'patch' | 'post' | 'put'

/**
 * Every ticketing endpoint goes through here: route parameters, query values and text headers
 * are checked before the handler runs (see assertSafeInput), errors of any kind become the §8
 * envelope, and successful answers are never cached by shared caches.
 */
export const defineEndpoint = (method: Method, path: string, handler: (req: PayloadRequest) => Promise<Response>): Endpoint => {
  const wrapped: PayloadHandler = async (req) => {
    try {
      assertSafeInput(req)
      const response = await handler(req)
      if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store')
      return response
    } catch (error) {
      return errorResponse(error, req.payload.logger)
    }
  }
  return { handler: wrapped, method, path }
}
