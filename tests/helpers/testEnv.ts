// Loaded first in every integration test file (vitest setupFiles): the environment the
// site's config reads at import time.
import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.SMTP_URL = inject('smtpUrl')
process.env.MAIL_CAPTURE_DIR = inject('mailDir')
process.env.EMAIL_FROM = 'Masterclass <billets@masterclass.test>'
process.env.FINANCE_EMAIL = 'finance@masterclass.test'
// Payments: the project's Stripe emulator, started by each test file that needs it.
process.env.STRIPE_SECRET_KEY = 'sk_test_integration'
process.env.STRIPE_PUBLISHABLE_KEY = 'pk_test_integration'
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_integration'
process.env.PAYLOAD_SECRET ||= 'test-secret'
process.env.DATABASE_POOL_MAX ||= '10'
process.env.TICKETING_CAPTCHA ||= 'off'
// The tests stand in for one trusted proxy: each sends the client address it plays in
// X-Forwarded-For, so rate and hold limits count each test's visitors apart.
process.env.TRUSTED_PROXY_COUNT ||= '1'
// Background jobs run only when a test asks (payload.jobs.run / runByID), never on the process's
// timer: that timer also ran whatever earlier files left queued in the shared database, and ran
// jobs under a test's own runByID (Payload then failed reading back the job it had finished).
process.env.TICKETING_RUN_JOBS = 'false'
