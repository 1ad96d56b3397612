import { StripeError } from './stripeError.js'

const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/."

function redact(key: string): string {
  const prefix = /^[a-z]+_(test|live)_/.exec(key)?.[0] ?? ''
  return `${prefix}${'*'.repeat(Math.max(0, key.length - prefix.length - 4))}${key.slice(-4)}`
}

/**
 * The API key of a request (`Authorization: Bearer sk_test_…` or Basic with the key as user name),
 * or a 401 StripeError like Stripe's. Only test-mode secret and restricted keys are accepted.
 */
export function authenticate(header: string | undefined): string {
  if (!header) throw StripeError.authentication(NO_KEY)
  const [scheme, value = ''] = header.trim().split(/\s+/, 2)
  let key = value
  if (/^basic$/i.test(scheme)) key = Buffer.from(value, 'base64').toString('utf8').split(':')[0]
  else if (!/^bearer$/i.test(scheme)) throw StripeError.authentication(NO_KEY)
  if (!key) throw StripeError.authentication(NO_KEY)
  if (key.startsWith('pk_')) {
    throw StripeError.authentication(
      'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.',
    )
  }
  if (!/^(sk|rk)_test_[A-Za-z0-9_]+$/.test(key)) throw StripeError.authentication(`Invalid API Key provided: ${redact(key)}`)
  return key
}
