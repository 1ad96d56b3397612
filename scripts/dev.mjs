// npm run dev: works on a fresh machine with no database, no Stripe account and no SMTP.
//  - DATABASE_URL unset → embedded PostgreSQL in .data/postgres (migrated, seeded once)
//  - STRIPE_SECRET_KEY unset → the project's local Stripe emulator on 127.0.0.1:12111
//  - SMTP_URL unset → emails written to .data/mail/*.eml
// Ctrl-C stops Next first, then the emulator, then the database: the database and the emulator
// run in process groups of their own, so the terminal's SIGINT reaches only Next and this script.
import path from 'node:path'

import { startBackground } from './lib/background.mjs'
import { ensureDatabase, run } from './withDatabase.mjs'

const port = process.env.PORT || '3000'
let interrupted = false
const onSignal = () => (interrupted = true)
process.on('SIGINT', onSignal)
process.on('SIGTERM', onSignal)

const stopDatabase = await ensureDatabase()
const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, PORT: port }
const background = []

const shutdown = async (code) => {
  for (const helper of background.reverse()) await helper.stop()
  await stopDatabase()
  console.log('[dev] stopped')
  process.exit(code)
}

if (!env.STRIPE_SECRET_KEY && !interrupted) {
  const emulatorPort = env.STRIPE_EMULATOR_PORT || '12111'
  env.STRIPE_SECRET_KEY = 'sk_test_emulator'
  env.STRIPE_PUBLISHABLE_KEY = 'pk_test_emulator'
  env.STRIPE_WEBHOOK_SECRET = env.STRIPE_WEBHOOK_SECRET || 'whsec_emulator_dev'
  env.STRIPE_API_BASE_URL = `http://127.0.0.1:${emulatorPort}`
  background.push(
    startBackground(path.resolve('node_modules/.bin/tsx'), ['tools/stripe-emulator/cli.ts'], {
      env: {
        ...env,
        STRIPE_EMULATOR_EXIT_WITH_PARENT: '1',
        STRIPE_EMULATOR_PORT: emulatorPort,
        // Keeps PaymentIntents across restarts, like the database next to it.
        STRIPE_EMULATOR_STATE_FILE: path.resolve('.data/stripe-emulator.json'),
        STRIPE_WEBHOOK_URL: `http://127.0.0.1:${port}/api/ticketing/stripe/webhook`,
      },
    }),
  )
  console.log(`[stripe] no STRIPE_SECRET_KEY: using the local Stripe emulator at ${env.STRIPE_API_BASE_URL}`)
}

if (!interrupted) {
  const seeded = await run(path.resolve('node_modules/.bin/tsx'), ['scripts/seed.ts', '--if-empty'], env)
  if (seeded !== 0 && !interrupted) console.error('[seed] seeding failed; the site still starts')
}

const code = interrupted ? 130 : await run(path.resolve('node_modules/.bin/next'), ['dev', '--port', port], env)
await shutdown(interrupted ? 0 : code)
