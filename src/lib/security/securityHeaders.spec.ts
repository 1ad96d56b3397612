import { describe, expect, it } from 'vitest'

import { contentSecurityPolicy, permissionsPolicy, securityHeaderRules } from './securityHeaders.mjs'

const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `)) ?? ''

describe('the content security policies', () => {
  it('trusts only the nonce (and what it loads) on pages rendered per request', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc' })
    expect(directive(policy, 'script-src')).toBe("script-src 'nonce-abc' 'strict-dynamic' 'self' https://js.stripe.com")
    expect(policy).not.toContain("'unsafe-eval'")
  })

  it('lets only the scanner page compile WebAssembly (its QR reader), never eval', () => {
    expect(directive(contentSecurityPolicy({ nonce: 'abc', wasm: true }), 'script-src')).toBe("script-src 'nonce-abc' 'strict-dynamic' 'self' https://js.stripe.com 'wasm-unsafe-eval'")
    expect(contentSecurityPolicy({ nonce: 'abc', wasm: true })).not.toContain("'unsafe-eval'")
    expect(contentSecurityPolicy({ nonce: 'abc' })).not.toContain('wasm')
  })

  it("allows inline scripts only without a nonce (cached pages), never eval outside next dev", () => {
    expect(directive(contentSecurityPolicy(), 'script-src')).toBe("script-src 'self' 'unsafe-inline'")
    expect(directive(contentSecurityPolicy({ dev: true }), 'script-src')).toContain("'unsafe-eval'")
  })

  it('keeps framing, plugins, base and form targets to the site in every case', () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy({ nonce: 'n' })]) {
      expect(policy).toContain("frame-ancestors 'self'")
      expect(policy).toContain("object-src 'none'")
      expect(policy).toContain("base-uri 'self'")
      expect(policy).toContain("form-action 'self'")
    }
  })
})

describe('the header rules', () => {
  const rules = securityHeaderRules()
  const cachedRule = rules.find((rule) => rule.headers.some((h) => h.key === 'Content-Security-Policy' && h.value.includes('unsafe-inline')))!
  const matches = (path: string) => new RegExp(`^${cachedRule.source.replace('/:path(', '/(')}$`).test(path)

  it('give the inline-script policy to cached pages only, never to the nonce pages or the API', () => {
    for (const path of ['/fr', '/en/events/paris-2027', '/fr/book/paris-2027', '/fr/programme']) expect(matches(path)).toBe(true)
    for (const path of ['/admin', '/admin/collections/bookings', '/preview', '/fr/book/pay/MC1', '/en/book/confirmation/MC1', '/api/pages']) expect(matches(path)).toBe(false)
  })

  it('allow the camera on the check-in page only', () => {
    expect(permissionsPolicy()).toContain('camera=()')
    const camera = rules.filter((rule) => rule.headers.some((h) => h.key === 'Permissions-Policy' && h.value.includes('camera=(self)')))
    expect(camera.map((rule) => rule.source).sort()).toEqual(['/admin/check-in', '/admin/check-in/:path*'])
  })
})
