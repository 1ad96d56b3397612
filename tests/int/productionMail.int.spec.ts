import { spawn } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { productionSettings } from '../e2e/productionEnv'

/** Runs a command with the given environment (SMTP_URL and EMAIL_TRANSPORT removed first). */
const run = (command: string, args: string[], env: Record<string, string>) =>
  new Promise<{ code: null | number; output: string }>((resolve) => {
    const { EMAIL_TRANSPORT: _t, SMTP_URL: _s, ...rest } = process.env
    const child = spawn(command, args, { env: { ...rest, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })

const loadConfig = (env: Record<string, string>) =>
  run(path.resolve('node_modules/.bin/tsx'), ['--eval', "import('./payload.config.ts').then(() => console.log('config loaded'), (e) => { console.error(e.message); process.exit(3) })"], env)

describe('production without SMTP', () => {
  it('npm start refuses to start, saying how to configure mail', async () => {
    const { code, output } = await run(process.execPath, ['scripts/start.mjs'], { ...productionSettings, NODE_ENV: 'production' })
    expect(code).toBe(1)
    expect(output).toMatch(/SMTP_URL.*EMAIL_TRANSPORT=file/)
  })

  it('the site config refuses it too, unless EMAIL_TRANSPORT=file says so', async () => {
    const refused = await loadConfig({ NODE_ENV: 'production' })
    expect(refused.code).toBe(3)
    expect(refused.output).toMatch(/Email is not configured for production/)
    const files = await loadConfig({ ...productionSettings, EMAIL_TRANSPORT: 'file', NODE_ENV: 'production' })
    expect(files.output).toContain('config loaded')
    const smtp = await loadConfig({ ...productionSettings, NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525' })
    expect(smtp.output).toContain('config loaded')
  }, 240_000)
})
