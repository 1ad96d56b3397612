// Loaded first in every integration test file (vitest setupFiles): the environment the
// site's config reads at import time.
import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ||= 'test-secret'
process.env.DATABASE_POOL_MAX ||= '10'
process.env.TICKETING_CAPTCHA ||= 'off'
