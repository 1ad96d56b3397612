import { randomBytes } from 'node:crypto'
import http from 'node:http'

const HEADER = Symbol.for('@masterclass/plugin-ticketing:socket-address-header')
const INSTALLED = Symbol.for('@masterclass/plugin-ticketing:socket-address-stamp')
const shared = globalThis as typeof globalThis & Record<symbol, string | true | undefined>

/**
 * The request header that carries the TCP peer's address inside this process. Next.js gives
 * route handlers no socket, and sets X-Forwarded-For itself only when the client sent none, so
 * the server writes the address under a name no client can guess: random per process, kept on
 * `globalThis` so that every bundle of the process (instrumentation, App Router, Pages Router)
 * reads the same one. A client sending that header has it replaced.
 */
export const socketAddressHeader = (): string => (shared[HEADER] ??= `x-ticketing-peer-${randomBytes(16).toString('hex')}`) as string

/** Writes the request's socket address under socketAddressHeader (replacing anything sent under that name). */
export const stampSocketAddress = (incoming: http.IncomingMessage): void => {
  incoming.headers[socketAddressHeader()] = incoming.socket?.remoteAddress ?? ''
}

/**
 * Makes every HTTP server of the process stamp each request with its socket address before
 * any listener sees it (see socketAddressHeader). Call it once as the server starts — the
 * site does in its instrumentation — before the first request; calling it again does nothing.
 */
export const installSocketAddressStamp = (): void => {
  if (shared[INSTALLED]) return
  shared[INSTALLED] = true
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') stampSocketAddress(args[0] as http.IncomingMessage)
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof emit
}
