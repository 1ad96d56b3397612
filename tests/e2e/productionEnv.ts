/**
 * What a production process of the site needs besides its database and URLs
 * (src/lib/productionSettings.mjs refuses to start without it): a secret fit for production and
 * Stripe's keys. Every test that starts the production build, and every test process that
 * opens the same database with the Local API (the same secret), takes it from here.
 */
export const PRODUCTION_SECRET = 'e2e-7d1c5b0a9f3e4d2c8b6a5f4e3d2c1b0a9f8e7d6c'

export const productionSettings = {
  PAYLOAD_SECRET: PRODUCTION_SECRET,
  STRIPE_PUBLISHABLE_KEY: 'pk_test_e2e',
  STRIPE_SECRET_KEY: 'sk_test_e2e',
  STRIPE_WEBHOOK_SECRET: 'whsec_e2e',
} as const

/**
 * The production server as the end-to-end tests run it: the settings above, the payment page's
 * test panel on (its payments go to the local emulator), no captcha, and one trusted proxy — the
 * tests stand in for it, each sending its own X-Forwarded-For so rate limits and hold limits
 * count each test as its own client.
 */
export const e2eServerEnv = (site: { emulatorUrl: string; siteUrl: string }) => ({
  ...productionSettings,
  NODE_ENV: 'production' as const,
  PUBLIC_SITE_URL: site.siteUrl,
  STRIPE_API_BASE_URL: site.emulatorUrl,
  TICKETING_CAPTCHA: 'off',
  TICKETING_TEST_PAYMENTS: 'on',
  TRUSTED_PROXY_COUNT: '1',
})
