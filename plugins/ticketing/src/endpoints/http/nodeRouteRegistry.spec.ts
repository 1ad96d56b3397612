import type { IncomingMessage, ServerResponse } from 'node:http'

import { afterEach, describe, expect, it, vi } from 'vitest'

import { provideNodeRoutes, ticketingNodeRoute, type NodeRouteHandler } from './nodeRouteRegistry'

/** A response that records what the route wrote. */
const recordingResponse = () => {
  const written: { body?: string; headers?: Record<string, string>; status?: number } = {}
  const outgoing = {
    end: (body: string) => (written.body = body),
    writeHead: (status: number, headers: Record<string, string>) => Object.assign(written, { headers, status }),
  } as unknown as ServerResponse
  return { outgoing, written }
}
const incoming = {} as IncomingMessage

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('@masterclass/plugin-ticketing/node-routes')]
  vi.useRealTimers()
})

describe('ticketingNodeRoute', () => {
  it('hands each request to the handler registered when Payload started, with its path', async () => {
    const calls: string[] = []
    provideNodeRoutes(async (path) => void calls.push(`first ${path}`))
    await ticketingNodeRoute('/ticketing/bookings')(incoming, recordingResponse().outgoing)
    // A restart (development reload) replaces the handler.
    provideNodeRoutes(async (path) => void calls.push(`second ${path}`))
    await ticketingNodeRoute('/ticketing/stripe/webhook')(incoming, recordingResponse().outgoing)
    expect(calls).toEqual(['first /ticketing/bookings', 'second /ticketing/stripe/webhook'])
  })

  it('holds a request that arrives before Payload has started until it has', async () => {
    const served: string[] = []
    const pending = ticketingNodeRoute('/ticketing/events/:idOrSlug/quote')(incoming, recordingResponse().outgoing)
    const handler: NodeRouteHandler = async (path) => void served.push(path)
    await Promise.resolve()
    expect(served).toEqual([])
    provideNodeRoutes(handler)
    await pending
    expect(served).toEqual(['/ticketing/events/:idOrSlug/quote'])
  })

  it('answers 503 with Retry-After when Payload has not started within 30 s', async () => {
    vi.useFakeTimers()
    const { outgoing, written } = recordingResponse()
    const pending = ticketingNodeRoute('/ticketing/bookings')(incoming, outgoing)
    await vi.advanceTimersByTimeAsync(29_999)
    expect(written.status).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await pending
    expect(written).toMatchObject({ headers: { 'Retry-After': '5' }, status: 503 })
    expect(JSON.parse(written.body!)).toMatchObject({ error: { code: 'INTERNAL', message: expect.stringMatching(/starting/) } })
  })

  it('is offered only for the public endpoints that read no signed-in user', () => {
    expect(() => ticketingNodeRoute('/ticketing/exports/bookings.csv' as never)).toThrow(/serves only/)
  })
})
