// What production must be given before it starts (read by scripts/start.mjs and payload.config.ts).
// Plain JavaScript so that `npm start` can check it before anything is built or started.

/** Secrets that appear in this repository (development, tests, benchmarks): never valid in production. */
export const DEVELOPMENT_SECRETS = [
  'dev-only-secret-change-me-in-production',
  'dev-host-secret',
  'test-secret',
  'e2e-secret',
  'bench-secret',
  'scratch',
  'secret',
  'changeme',
  'change-me',
]

/** The secret the site uses outside production when PAYLOAD_SECRET is unset. */
export const DEVELOPMENT_SECRET = DEVELOPMENT_SECRETS[0]

export const MIN_SECRET_LENGTH = 32

const MAIL =
  'Email is not configured for production: set SMTP_URL (e.g. smtp://user:pass@mail.example.com:587) to send mail, or EMAIL_TRANSPORT=file to write it to .data/mail on purpose.'

/**
 * The first setting production lacks, as one line saying what to set, or null when it has them
 * all: PAYLOAD_SECRET (at least 32 characters, not a development value), Stripe
 * (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET) and, unless `mail: false`, mail (SMTP_URL or
 * EMAIL_TRANSPORT=file).
 * @param {Record<string, string | undefined>} env
 * @param {{ mail?: boolean }} [options]
 * @returns {string | null}
 */
export const productionSettingsProblem = (env, { mail = true } = {}) => {
  const secret = env.PAYLOAD_SECRET?.trim() ?? ''
  if (secret.length < MIN_SECRET_LENGTH || DEVELOPMENT_SECRETS.includes(secret.toLowerCase())) {
    return `PAYLOAD_SECRET is ${secret ? 'not fit for production' : 'not set'}: set it to a random value of at least ${MIN_SECRET_LENGTH} characters that is not a development value (e.g. the output of \`openssl rand -base64 48\`).`
  }
  const missing = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'].filter((name) => !env[name]?.trim())
  if (missing.length) return `Stripe is not configured for production: set ${missing.join(' and ')} (from the Stripe dashboard: API keys, and the webhook endpoint's signing secret).`
  if (mail && !env.SMTP_URL?.trim() && env.EMAIL_TRANSPORT?.trim().toLowerCase() !== 'file') return MAIL
  return null
}

/**
 * Whether the payment page's test panel and its route exist: outside production, or in
 * production only with TICKETING_TEST_PAYMENTS=on (a demo, on purpose).
 * @param {Record<string, string | undefined>} env
 */
export const testPaymentsAllowed = (env) => env.NODE_ENV !== 'production' || env.TICKETING_TEST_PAYMENTS?.trim().toLowerCase() === 'on'
