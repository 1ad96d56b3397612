import { NextResponse, type NextRequest } from 'next/server'

const undecodable = (pathname: string) => {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

/**
 * Sends the bare site root to the default language. An API path with percent-escapes that
 * are not valid UTF-8 (`%ZZ`, `%C3%28`) would fail inside Next.js's router with a 500: it is
 * answered here with the API's error envelope instead (the matcher only runs this for API
 * paths that contain a `%`).
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
  return NextResponse.redirect(new URL('/fr', request.url))
}

export const config = { matcher: ['/', '/api/:path(.*%.*)'] }
