// CSV export of 100,000 bookings (docs/architecture.md, performance targets): time and the server's memory while it streams,
// beside PostgreSQL's own COPY … TO STDOUT of the same rows.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import pg from 'pg'

export const rssKiB = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** The next-server process under `next start` (it does the work). */
export const serverPid = (rootPid) => {
  const children = (pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    } catch {
      return []
    }
  }
  const all = [rootPid]
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]))
  return all.sort((a, b) => rssKiB(b) - rssKiB(a))[0]
}

export const seedBookings = async ({ count, databaseUrl, eventId }) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query(
    `INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total,
       amount_refunded, buyer_name, buyer_email, buyer_phone, locale, expires_at, confirmed_at, payment_intent_id)
     SELECT 'EXP' || g, $1, 'CONFIRMED', 'PAID', 'REGULAR', 1, 'EUR', 45000, 45000, 0, 45000, 0, 'Buyer ' || g, 'buyer' || g || '@example.com',
       '+33612345678', 'fr', now(), now(), 'pi_export_' || g
     FROM generate_series(1, $2) g`,
    [eventId, count],
  )
  await client.query(
    `INSERT INTO attendees (booking_id, city_event_id, name, email, position)
     SELECT id, $1, buyer_name, buyer_email, 1 FROM bookings WHERE city_event_id = $1`,
    [eventId],
  )
  await client.end()
}

export const measureExport = async ({ base, databaseUrl, eventId, serverRootPid, token }) => {
  const pid = serverPid(serverRootPid)
  const before = rssKiB(pid)
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssKiB(pid))), 20)
  const started = performance.now()
  const res = await fetch(`${base}/api/ticketing/exports/bookings.csv?event=${eventId}`, { headers: { Authorization: `JWT ${token}` } })
  let bytes = 0
  let lines = 0
  for await (const chunk of res.body) {
    bytes += chunk.length
    for (const byte of chunk) if (byte === 10) lines++
  }
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)

  const copyStarted = performance.now()
  const copyBytes = await new Promise((resolve, reject) => {
    const sqlText = `COPY (SELECT b.*, (SELECT string_agg(a.name, '; ' ORDER BY a.position) FROM attendees a WHERE a.booking_id = b.id) FROM bookings b WHERE b.city_event_id = ${Number(eventId)} ORDER BY b.id) TO STDOUT WITH (FORMAT csv, HEADER)`
    // With JIT off, as the export runs it (with JIT on, this COPY is ~0.2 s slower).
    execFile('psql', [databaseUrl, '-X', '-q', '-c', 'SET jit = off', '-c', sqlText], { encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout) => (error ? reject(error) : resolve(stdout.length)))
  })
  const copySeconds = (performance.now() - copyStarted) / 1000
  return { bytes, copyBytes, copySeconds, peakMiB: peak / 1024, rows: lines - 1, rssBeforeMiB: before / 1024, seconds, status: res.status }
}
