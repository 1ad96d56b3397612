// The project's Stripe emulator in its own process (the bench itself stays plain Node).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '../../scripts/lib/freePort.mjs'

export const startEmulatorProcess = async ({ webhookSecret }) => {
  const port = await freePort()
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['tools/stripe-emulator/cli.ts', '--port', String(port), '--webhook-secret', webhookSecret], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      log += chunk
      if (log.includes(String(port))) resolve()
    })
    child.stderr.on('data', (chunk) => (log += chunk))
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${log}`)))
  })
  const url = `http://127.0.0.1:${port}`
  const control = async (route, body = {}) => {
    const res = await fetch(`${url}/_emulator/${route}`, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
    if (!res.ok) throw new Error(`emulator ${route}: ${res.status} ${await res.text()}`)
    return res.json()
  }
  return {
    close: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), process.kill(-child.pid, 'SIGTERM')))),
    control,
    url,
  }
}
