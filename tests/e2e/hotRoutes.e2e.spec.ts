import { type ChildProcess, spawn } from 'node:child_process'
import { createHash, randomInt } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'

import { freePort } from '../../scripts/lib/freePort.mjs'
import { e2eServerEnv } from './productionEnv'

// The production build sends the three hottest public endpoints to their Pages Router API
// routes (src/pages/api/ticketing, plugin's ticketingNodeRoute) and nothing else: every other
// /api path stays with Payload's REST route. tests/int/nodeRoute checks that both give the same
// answers; the e2e booking and hostile-input tests go through these routes on the real server.
it('the build serves bookings, quotes and Stripe webhooks from the Pages Router, the rest from Payload', () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server/pages-manifest.json'), 'utf8')) as Record<string, string>
  const apiRoutes = Object.keys(manifest).filter((route) => route.startsWith('/api/'))
  expect(apiRoutes.sort()).toEqual(['/api/ticketing/bookings', '/api/ticketing/events/[idOrSlug]/quote', '/api/ticketing/stripe/webhook'])
  const appRoutes = JSON.parse(fs.readFileSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server/app-paths-manifest.json'), 'utf8')) as Record<string, string>
  expect(Object.keys(appRoutes)).toContain('/(payload)/api/[...slug]/route')
})

/** Another production server of the same build (the suite's own keeps running). */
const startServer = (port: number, databaseUrl: string, extra: Record<string, string> = {}) => {
  const env = {
    ...process.env,
    ...e2eServerEnv({ emulatorUrl: inject('emulatorUrl'), siteUrl: `http://localhost:${port}` }),
    DATABASE_URL: databaseUrl,
    EMAIL_TRANSPORT: 'file',
    TICKETING_RUN_JOBS: 'false',
    ...extra,
  }
  const child: ChildProcess = spawn(path.resolve('node_modules/.bin/next'), ['start', '--port', String(port)], { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<null | number>((resolve) => child.on('exit', resolve))
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {}
    await exited
  }
  return { exited, output: () => output, stop }
}

/** Resolves once the port accepts a TCP connection (the server is listening, not necessarily ready). */
const listening = async (port: number) => {
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)))
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('a production server starting', () => {
  it('answers the hot routes for requests that arrive while Payload is still starting (none waits for ever)', async () => {
    const port = await freePort()
    const server = startServer(port, inject('databaseUrl'))
    try {
      await listening(port)
      const base = `http://127.0.0.1:${port}/api/ticketing`
      const answers = await Promise.all([
        ...Array.from({ length: 10 }, () => fetch(`${base}/events/no-such-event/quote`, { signal: AbortSignal.timeout(25_000) })),
        ...Array.from({ length: 5 }, () =>
          fetch(`${base}/bookings`, { body: '{"buyer":', headers: { 'Content-Type': 'application/json' }, method: 'POST', signal: AbortSignal.timeout(25_000) }),
        ),
        ...Array.from({ length: 5 }, () => fetch(`${base}/stripe/webhook`, { body: '{}', method: 'POST', signal: AbortSignal.timeout(25_000) })),
      ])
      const codes = await Promise.all(answers.map(async (res) => `${res.status} ${((await res.json()) as { error: { code: string } }).error.code}`))
      expect(codes).toEqual([...Array(10).fill('404 EVENT_NOT_FOUND'), ...Array(5).fill('400 VALIDATION'), ...Array(5).fill('400 SIGNATURE_INVALID')])
    } finally {
      await server.stop()
    }
  })

  it('stops with the reason when its database cannot be reached, rather than serving without migrations', async () => {
    const server = startServer(await freePort(), `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`)
    const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(resolve, 60_000, 'still running'))])
    await server.stop()
    expect(code).toBe(1)
    expect(server.output()).toMatch(/\[ticketing\] Payload could not start, so the server stops: .*cannot connect to Postgres/)
  })
})


/** A POST from a chosen loopback address (Linux routes all of 127.0.0.0/8 to this machine). */
const postFrom = (localAddress: string, url: string, body: string, headers: Record<string, string>) =>
  new Promise<{ body: string; status: number }>((resolve, reject) => {
    const request = http.request(url, { headers: { 'Content-Type': 'application/json', ...headers }, localAddress, method: 'POST' }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () => resolve({ body: text, status: response.statusCode! }))
    })
    request.on('error', reject)
    request.end(body)
  })

/** The points a rate limit has counted for an address, as the plugin keys it (a hash, never the address in clear). */
const limitPoints = async (databaseUrl: string, limit: string, address: string) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const key = `${limit}:${createHash('sha256').update(address).digest('base64url').slice(0, 32)}`
    const { rows } = await client.query<{ points: number }>('SELECT points FROM ticketing_rate_limits WHERE key = $1', [key])
    return rows[0]?.points ?? 0
  } finally {
    await client.end()
  }
}

describe('a production server with no proxy in front (TRUSTED_PROXY_COUNT=0, the default)', () => {
  it('counts each request against the socket address, whatever X-Forwarded-For a client forges, on the Pages Router and Payload routes alike', async () => {
    const port = await freePort()
    const server = startServer(port, inject('databaseUrl'), { TRUSTED_PROXY_COUNT: '0' })
    // An address no other test uses, so its limit row is this test's alone.
    const client = `127.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(2, 250)}`
    const forged = (n: number) => ({ 'X-Forwarded-For': `198.51.100.${n}`, 'X-Real-IP': `198.51.100.${n}` })
    try {
      await listening(port)
      const url = `http://127.0.0.1:${port}/api/ticketing/bookings`
      const first = await postFrom(client, url, '{"buyer":', forged(1))
      expect(first.status).toBe(400)
      expect(await limitPoints(inject('databaseUrl'), 'booking-ip', client)).toBe(1)
      expect(await limitPoints(inject('databaseUrl'), 'booking-ip', '198.51.100.1')).toBe(0)
      // The limit is 30 requests per 10 minutes per address: a new forged header each time does not reset it.
      const answers: number[] = []
      for (let n = 2; n <= 31; n += 1) answers.push((await postFrom(client, url, '{"buyer":', forged(n))).status)
      expect(answers.slice(0, 29)).toEqual(Array(29).fill(400))
      expect(answers[29]).toBe(429)
      // Another address is another client.
      const other = `127.${randomInt(1, 250)}.${randomInt(1, 250)}.1`
      expect((await postFrom(other, url, '{"buyer":', forged(1))).status).toBe(400)
      // Payload's own routes (App Router) see the same address: the waiting list's limit.
      const join = await postFrom(client, `http://127.0.0.1:${port}/api/ticketing/events/no-such-event/waitlist`, '{}', forged(40))
      expect(join.status).toBeGreaterThanOrEqual(400)
      expect(await limitPoints(inject('databaseUrl'), 'waitlist-ip', client)).toBe(1)
      expect(await limitPoints(inject('databaseUrl'), 'waitlist-ip', '198.51.100.40')).toBe(0)
    } finally {
      await server.stop()
    }
  })
})
