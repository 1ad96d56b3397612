import { NextResponse, type NextRequest } from 'next/server'

import { contentSecurityPolicy } from './lib/security/securityHeaders.mjs'

const undecodable = (pathname: string) => {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

const dev = process.env.NODE_ENV !== 'production'

/**
 * A page rendered per request (admin, preview, a booking's pay and confirmation pages) gets a
 * Content-Security-Policy with a fresh nonce: Next.js reads it from the request and puts it on
 * every script it renders, so no other inline script can run there. Cached pages cannot have a
 * nonce; their policy comes from next.config.mjs (docs/decisions/security-headers.md).
 */
const withNonce = (request: NextRequest) => {
  const nonce = btoa(crypto.randomUUID())
  const scanner = /^\/admin\/check-in(\/|$)/.test(request.nextUrl.pathname)
  const policy = contentSecurityPolicy({ dev, nonce, wasm: scanner })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  headers.set('x-nonce', nonce)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

/**
 * Sends the bare site root to the default language. An API path with percent-escapes that
 * are not valid UTF-8 (`%ZZ`, `%C3%28`) would fail inside Next.js's router with a 500: it is
 * answered here with the API's error envelope instead (the matcher only runs this for API
 * paths that contain a `%`). Pages rendered per request get their nonce.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname.startsWith('/api/')) {
    if (!undecodable(pathname)) return NextResponse.next()
    return Response.json(
      { error: { code: 'VALIDATION', details: { fields: { path: ['Invalid percent-encoding.'] } }, message: 'The address of this request is not valid.' } },
      { headers: { 'Cache-Control': 'no-store' }, status: 400 },
    )
  }
  if (pathname === '/') return NextResponse.redirect(new URL('/fr', request.url))
  return withNonce(request)
}

// Literal values only (Next.js reads this statically); the nonce paths are NONCE_PATHS in
// src/lib/security/securityHeaders.mjs. Prefetches of those pages need no nonce of their own.
export const config = {
  matcher: [
    '/',
    '/api/:path(.*%.*)',
    '/admin',
    '/admin/:path*',
    '/preview',
    '/preview/:path*',
    '/:locale(fr|en)/book/pay/:path*',
    '/:locale(fr|en)/book/confirmation/:path*',
  ],
}
