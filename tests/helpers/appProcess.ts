import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '../../scripts/lib/freePort.mjs'

/** Starts one more app process (tests/helpers/serveApp.ts) on this run's database. */
export const startAppProcess = async (env: Record<string, string> = {}) => {
  const port = await freePort()
  const child: ChildProcess = spawn(path.resolve('node_modules/.bin/tsx'), ['tests/helpers/serveApp.ts'], {
    env: { ...process.env, PORT: String(port), TICKETING_RUN_JOBS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Never outlive the test run, even if it is killed.
  const kill = () => child.kill('SIGKILL')
  process.once('exit', kill)
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app process did not start:\n${output}`)), 60_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(`listening on ${port}`)) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`app process exited with ${code}:\n${output}`)))
  })
  return {
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
    url: `http://127.0.0.1:${port}`,
  }
}
