// npm run dev: works on a fresh machine with no database, no Stripe account and no SMTP.
//  - DATABASE_URL unset → embedded PostgreSQL in .data/postgres (migrated, seeded once)
//  - STRIPE_SECRET_KEY unset → the project's local Stripe emulator on 127.0.0.1:12111
//  - SMTP_URL unset → emails written to .data/mail/*.eml
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ensureDatabase, run } from './withDatabase.mjs'

const port = process.env.PORT || '3000'
const stopDatabase = await ensureDatabase()
const env = { ...process.env, PORT: port }
const children = []

if (!env.STRIPE_SECRET_KEY) {
  const emulatorPort = env.STRIPE_EMULATOR_PORT || '12111'
  env.STRIPE_SECRET_KEY = 'sk_test_emulator'
  env.STRIPE_PUBLISHABLE_KEY = 'pk_test_emulator'
  env.STRIPE_WEBHOOK_SECRET = env.STRIPE_WEBHOOK_SECRET || 'whsec_emulator_dev'
  env.STRIPE_API_BASE_URL = `http://127.0.0.1:${emulatorPort}`
  const emulator = spawn(path.resolve('node_modules/.bin/tsx'), ['tools/stripe-emulator/cli.ts'], {
    env: {
      ...env,
      STRIPE_EMULATOR_PORT: emulatorPort,
      // Keeps PaymentIntents across restarts, like the database next to it.
      STRIPE_EMULATOR_STATE_FILE: path.resolve('.data/stripe-emulator.json'),
      STRIPE_WEBHOOK_URL: `http://127.0.0.1:${port}/api/ticketing/stripe/webhook`,
    },
    stdio: 'inherit',
  })
  children.push(emulator)
  console.log(`[stripe] no STRIPE_SECRET_KEY: using the local Stripe emulator at ${env.STRIPE_API_BASE_URL}`)
}

const seeded = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/seed.ts', '--if-empty'], env)
if (seeded !== 0) console.error('[seed] seeding failed; the site still starts')

const code = await run(path.resolve('node_modules/.bin/next'), ['dev', '--port', port], env)
for (const child of children) child.kill('SIGTERM')
await stopDatabase()
process.exit(code)
