import { spawn } from 'node:child_process'
import path from 'node:path'

import { startStripeEmulator } from '@masterclass/stripe-emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stripeEmulatorUrl } from '../../src/components/booking/server/stripeEmulatorUrl'
import { productionSettings } from '../e2e/productionEnv'

const SETTINGS = ['EMAIL_TRANSPORT', 'PAYLOAD_SECRET', 'SMTP_URL', 'STRIPE_PUBLISHABLE_KEY', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'TICKETING_TEST_PAYMENTS']

/** Runs a command with exactly the given production settings (the test process's own removed first). */
const run = (command: string, args: string[], env: Record<string, string>) =>
  new Promise<{ code: null | number; output: string }>((resolve) => {
    const rest = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SETTINGS.includes(name)))
    const child = spawn(command, args, { env: { ...rest, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })

const start = (env: Record<string, string>) => run(process.execPath, ['scripts/start.mjs'], env)
const loadConfig = (env: Record<string, string>) =>
  run(path.resolve('node_modules/.bin/tsx'), ['--eval', "import('./payload.config.ts').then(() => console.log('config loaded'), (e) => { console.error(e.message); process.exit(3) })"], env)

const complete = { ...productionSettings, SMTP_URL: 'smtp://127.0.0.1:2525' }
const without = (...names: (keyof typeof complete)[]) => Object.fromEntries(Object.entries(complete).filter(([name]) => !names.includes(name as never)))

describe('production refuses to start without what it needs', () => {
  it.each([
    ['no PAYLOAD_SECRET', without('PAYLOAD_SECRET'), /^\[start\] PAYLOAD_SECRET is not set: set it to a random value of at least 32 characters/],
    ['a PAYLOAD_SECRET of 31 characters', { ...complete, PAYLOAD_SECRET: 'x'.repeat(31) }, /^\[start\] PAYLOAD_SECRET is not fit for production/],
    ['the development secret', { ...complete, PAYLOAD_SECRET: 'dev-only-secret-change-me-in-production' }, /^\[start\] PAYLOAD_SECRET is not fit for production/],
    ['no STRIPE_SECRET_KEY', without('STRIPE_SECRET_KEY'), /^\[start\] Stripe is not configured for production: set STRIPE_SECRET_KEY\b/],
    ['no Stripe at all', without('STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'), /set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/],
    ['no mail', without('SMTP_URL'), /^\[start\] Email is not configured for production: set SMTP_URL/],
  ])('npm start with %s exits 1 with one line saying what to set', async (_name, env, says) => {
    const { code, output } = await start(env as Record<string, string>)
    expect(code).toBe(1)
    expect(output.trim()).toMatch(says)
    expect(output.trim().split('\n')).toHaveLength(1)
  })

  it('the site config refuses the same when next start is run directly, and loads when all is set', async () => {
    const noSecret = await loadConfig(without('PAYLOAD_SECRET') as Record<string, string>)
    expect(noSecret.code).toBe(3)
    expect(noSecret.output).toMatch(/PAYLOAD_SECRET is not set/)
    const devSecret = await loadConfig({ ...complete, PAYLOAD_SECRET: 'dev-only-secret-change-me-in-production' })
    expect(devSecret.code).toBe(3)
    const noStripe = await loadConfig(without('STRIPE_WEBHOOK_SECRET') as Record<string, string>)
    expect(noStripe.output).toMatch(/set STRIPE_WEBHOOK_SECRET/)
    expect((await loadConfig(complete)).output).toContain('config loaded')
  }, 240_000)
})

describe('the payment page test panel (local Stripe emulator)', () => {
  let emulator: Awaited<ReturnType<typeof startStripeEmulator>>
  const saved = { ...process.env }
  beforeAll(async () => {
    emulator = await startStripeEmulator({ port: 0 })
    process.env.STRIPE_API_BASE_URL = emulator.url
  })
  afterAll(async () => {
    for (const name of ['NODE_ENV', 'STRIPE_API_BASE_URL', 'TICKETING_TEST_PAYMENTS']) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
    await emulator.close()
  })

  it('exists outside production, and in production only with TICKETING_TEST_PAYMENTS=on', async () => {
    ;(process.env as Record<string, string>).NODE_ENV = 'development'
    expect(await stripeEmulatorUrl()).toBe(process.env.STRIPE_API_BASE_URL)
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    delete process.env.TICKETING_TEST_PAYMENTS
    expect(await stripeEmulatorUrl()).toBeNull()
    process.env.TICKETING_TEST_PAYMENTS = 'on'
    expect(await stripeEmulatorUrl()).toBe(process.env.STRIPE_API_BASE_URL)
  })
})
