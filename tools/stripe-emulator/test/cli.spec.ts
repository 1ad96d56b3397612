import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

describe('cli', () => {
  it('prints its URL, serves the API and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [tsxCli, path.join(here, '..', 'cli.ts'), '--port', '0', '--webhook-secret', 'whsec_cli'], {
      env: { ...process.env, STRIPE_WEBHOOK_URL: 'http://127.0.0.1:9/hooks' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const line = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('\n')) resolve(out.split('\n')[0])
      })
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)))
    })
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1]
    expect(url).toBeDefined()
    expect(line).toContain('webhooks → http://127.0.0.1:9/hooks')
    const config = (await (await fetch(`${url}/_emulator/config`)).json()) as { webhookUrl: string; webhookSecret: string }
    expect(config).toMatchObject({ webhookUrl: 'http://127.0.0.1:9/hooks', webhookSecret: 'whsec_cli' })
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
  }, 15_000)
})
