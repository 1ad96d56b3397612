import { NextResponse, type NextRequest } from 'next/server'

/** Sends the bare site root to the default language. */
export function proxy(request: NextRequest) {
  return NextResponse.redirect(new URL('/fr', request.url))
}

export const config = { matcher: ['/'] }
