// Starts the production build (`next start`) on a given database and waits until it answers.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const ensureBuild = async () => {
  if (fs.existsSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')) && !process.argv.includes('--rebuild')) return
  console.log('[bench] building the production site (next build)…')
  await new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/next'), ['build'], { stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`))))
  })
}

export const startServer = async ({ databaseUrl, port, env = {} }) => {
  const child = spawn(path.resolve('node_modules/.bin/next'), ['start', '--port', String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      EMAIL_TRANSPORT: 'file',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'bench-2b9f4e7a1c6d3e8f5a0b7c4d9e2f1a6b3c8d5e0f',
      PORT: String(port),
      PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
      TICKETING_RUN_JOBS: 'false',
      // The bench's load stands in for a proxy: each visitor sends its own X-Forwarded-For.
      TRUSTED_PROXY_COUNT: '1',
      ...env,
    },
    // Its own process group, so that stopping it also stops next-server under it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (c) => (log += c))
  child.stderr.on('data', (c) => (log += c))
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log}`)
    try {
      const res = await fetch(`${base}/api/ticketing/health`)
      if (res.ok) return { base, log: () => log, pid: child.pid, stop: () => stopChild(child) }
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  process.kill(-child.pid, 'SIGKILL')
  throw new Error(`server did not become healthy:\n${log}`)
}

const stopChild = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', resolve)
    process.kill(-child.pid, 'SIGTERM')
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, 5000).unref()
  })
