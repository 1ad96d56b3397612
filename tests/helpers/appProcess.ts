import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '../../scripts/lib/freePort.mjs'

/**
 * Starts one more app process (tests/helpers/serveApp.ts) on this run's database. On a loaded
 * machine the process has been seen to exit during start-up (status 13, nothing printed) before
 * it listens: such a start is tried again, up to three times, and the error says each status.
 */
export const startAppProcess = async (env: Record<string, string> = {}) => {
  const failures: string[] = []
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await startOnce(env)
    } catch (error) {
      failures.push(`attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}`)
      if (!(error instanceof EarlyExit)) break
    }
  }
  throw new Error(`app process did not start:\n${failures.join('\n')}`)
}

class EarlyExit extends Error {}

const startOnce = async (env: Record<string, string>) => {
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
    const timer = setTimeout(() => reject(new Error(`app process did not start within 60 s:\n${output}`)), 60_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes(`listening on ${port}`)) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new EarlyExit(`app process exited with ${code}:\n${output}`))
    })
  })
  return {
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))),
    url: `http://127.0.0.1:${port}`,
  }
}
