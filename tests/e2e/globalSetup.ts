import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { chromiumPath } from '../../scripts/lib/chromium.mjs'
import { freePort } from '../../scripts/lib/freePort.mjs'
import { startStripeEmulator } from '@masterclass/stripe-emulator'
import { createTestDatabase } from '../setup/createTestDatabase'
import { startSmtpCapture } from '../setup/smtpCapture'
import { e2eServerEnv, productionSettings } from './productionEnv'

const run = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/next'), args, { env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} exited with ${code}`))))
  })

/**
 * End-to-end runs against the production build: `next build`, then `next start` on a fresh
 * database with the Stripe emulator delivering webhooks to it. Tests drive it with Chromium.
 */
export default async function e2eSetup(project: TestProject) {
  // The packaged Chromium is unpacked once here, before the test processes start: several of
  // them unpacking it at once would run a binary another one is still writing (ETXTBSY).
  await chromiumPath()
  const db = await createTestDatabase('masterclass_e2e')
  // A real SMTP server: the booking emails the site sends land in `mailDir` as .eml files.
  const smtp = await startSmtpCapture()
  const port = await freePort()
  const base = `http://localhost:${port}`
  const webhookSecret = productionSettings.STRIPE_WEBHOOK_SECRET
  const emulator = await startStripeEmulator({ port: 0, webhookSecret, webhookUrl: `${base}/api/ticketing/stripe/webhook` })
  const env = {
    ...process.env,
    ...e2eServerEnv({ emulatorUrl: emulator.url, siteUrl: base }),
    DATABASE_URL: db.url,
    SMTP_URL: smtp.url,
    // The one server runs the jobs (emails every 5 s, hold expiry every minute), as in production.
    TICKETING_RUN_JOBS: 'true',
  }
  await run(['build'], env)
  const server: ChildProcess = spawn(path.resolve('node_modules/.bin/next'), ['start', '--port', String(port)], { detached: true, env, stdio: 'ignore' })
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {}
  }
  process.once('exit', stop)
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${base}/api/ticketing/health`)).ok) break
    } catch {}
    if (attempt > 240) throw new Error('the site did not start')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  project.provide('siteUrl', base)
  // Test files that create content through Payload's Local API (no admin user needed) use the same database.
  project.provide('databaseUrl', db.url)
  project.provide('emulatorUrl', emulator.url)
  project.provide('mailDir', smtp.dir)
  return async () => {
    stop()
    await emulator.close()
    await smtp.close()
    await db.drop()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    emulatorUrl: string
    mailDir: string
    siteUrl: string
  }
}
