import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const here = path.dirname(fileURLToPath(import.meta.url))
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

/** Starts the CLI; resolves with its first stdout line, its URL and a SIGTERM stopper answering the exit code. */
async function startCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [tsxCli, path.join(here, '..', 'cli.ts'), '--port', '0', ...args], {
    env: { ...process.env, ...env },
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
  const stop = () => {
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    return exit
  }
  return { line, url, stop }
}

describe('cli', () => {
  it('prints its URL, serves the API and exits cleanly on SIGTERM', async () => {
    const { line, url, stop } = await startCli(['--webhook-secret', 'whsec_cli'], { STRIPE_WEBHOOK_URL: 'http://127.0.0.1:9/hooks' })
    expect(url).toBeDefined()
    expect(line).toContain('webhooks → http://127.0.0.1:9/hooks')
    const config = (await (await fetch(`${url}/_emulator/config`)).json()) as { webhookUrl: string; webhookSecret: string }
    expect(config).toMatchObject({ webhookUrl: 'http://127.0.0.1:9/hooks', webhookSecret: 'whsec_cli' })
    expect(await stop()).toBe(0)
  }, 15_000)

  it('keeps state in --state-file (or STRIPE_EMULATOR_STATE_FILE), saved on SIGTERM', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'stripe-emulator-cli-'))
    const stateFile = path.join(dir, 'state.json')
    try {
      const first = await startCli(['--state-file', stateFile], { STRIPE_EMULATOR_STATE_FILE: path.join(dir, 'ignored.json') })
      expect(first.line).toContain(`state → ${stateFile}`)
      const created = await fetch(`${first.url}/v1/customers`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sk_test_cli', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'email=cli%40example.com',
      })
      const { id } = (await created.json()) as { id: string }
      expect(await first.stop()).toBe(0)
      expect(await readFile(stateFile, 'utf8')).toContain(id)

      const second = await startCli([], { STRIPE_EMULATOR_STATE_FILE: stateFile })
      const retrieved = await fetch(`${second.url}/v1/customers/${id}`, { headers: { Authorization: 'Bearer sk_test_cli' } })
      expect(await retrieved.json()).toMatchObject({ id, email: 'cli@example.com' })
      expect(await second.stop()).toBe(0)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 20_000)
})
