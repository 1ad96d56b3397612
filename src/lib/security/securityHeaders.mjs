// The site's security headers, in one place: next.config.mjs sets them on every response, and
// the proxy (src/proxy.ts) gives pages rendered per request a Content-Security-Policy with a
// nonce. Why each directive is what it is: docs/decisions/security-headers.md.

const STRIPE_JS = 'https://js.stripe.com'

/** Paths rendered per request, whose scripts carry a nonce (the proxy sets their policy). */
export const NONCE_PATHS = ['/admin', '/admin/:path*', '/preview', '/preview/:path*', '/:locale(fr|en)/book/pay/:path*', '/:locale(fr|en)/book/confirmation/:path*']

/** The same paths as one regular expression (next.config's rules exclude them). */
export const NONCE_PATH_PATTERN = '(?:admin|preview|(?:fr|en)/book/(?:pay|confirmation))(?:/.*)?'

/**
 * The Content-Security-Policy of a page. With a `nonce` (pages rendered per request): only
 * scripts that carry it, and those they load ('strict-dynamic': Next.js chunks, Stripe.js).
 * Without (cached pages, where a nonce is impossible): scripts from this origin and inline
 * ones, which Next.js needs for its page data. `dev` adds what `next dev` needs (eval for
 * React's debugging, the hot-reload socket).
 */
/**
 * `wasm` lets the page compile WebAssembly (and nothing else that eval would allow): only the
 * check-in scanner, whose QR reader is zxing's WebAssembly where the browser has no BarcodeDetector.
 * @param {{ dev?: boolean, nonce?: string, wasm?: boolean }} [options]
 */
export const contentSecurityPolicy = ({ dev = false, nonce, wasm = false } = {}) => {
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'", STRIPE_JS] : ["'self'", "'unsafe-inline'"]
  if (wasm) scripts.push("'wasm-unsafe-eval'")
  if (dev) scripts.push("'unsafe-eval'")
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://*.stripe.com",
    "font-src 'self' data:",
    `connect-src 'self' https://api.stripe.com${dev ? ' ws: wss:' : ''}`,
    `frame-src 'self' ${STRIPE_JS} https://*.js.stripe.com https://hooks.stripe.com`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ')
}

/** API answers are data, never documents: nothing may run or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** Browser features the site never uses are off; Stripe may ask for payment on the pay page. */
/** @param {{ camera?: boolean }} [options] */
export const permissionsPolicy = ({ camera = false } = {}) =>
  [`camera=(${camera ? 'self' : ''})`, 'microphone=()', 'geolocation=()', 'usb=()', `payment=(self "${STRIPE_JS}")`].join(', ')

/** Headers on every response, pages and API alike. */
export const baseHeaders = () => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // The admin (refunds, cancellations) and the site are framed only by themselves (live preview).
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: permissionsPolicy() },
]

/** HSTS, sent only on requests that came over HTTPS (a TLS proxy says so in X-Forwarded-Proto). */
export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }

/**
 * The rules next.config.mjs returns from `headers()`. Later rules override earlier ones for
 * the same header: the check-in scanner page gets the camera, API answers their own policy.
 */
/** @param {{ dev?: boolean }} [options] */
export const securityHeaderRules = ({ dev = false } = {}) => [
  { headers: baseHeaders(), source: '/:path*' },
  { has: [{ key: 'x-forwarded-proto', type: 'header', value: 'https' }], headers: [HSTS], source: '/:path*' },
  // Cached pages (everything but the per-request pages and the API): no nonce possible.
  { headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) }], source: `/:path((?!api/|${NONCE_PATH_PATTERN}$).*)` },
  { headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }], source: '/api/:path*' },
  // The ticket scanner (staff only) films tickets with the device's camera.
  { headers: [{ key: 'Permissions-Policy', value: permissionsPolicy({ camera: true }) }], source: '/admin/check-in/:path*' },
  { headers: [{ key: 'Permissions-Policy', value: permissionsPolicy({ camera: true }) }], source: '/admin/check-in' },
]
