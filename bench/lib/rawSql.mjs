// The raw-SQL ceiling: the same work as a booking hold (conditional seat UPDATE + booking
// INSERT, one transaction) straight through `pg`, with the same concurrency and pool size.
import pg from 'pg'

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

export const rawHoldCeiling = async ({ concurrency, databaseUrl, eventId, poolSize, seconds }) => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize })
  // An idle client cut off when the bench ends must not crash it.
  pool.on('error', () => {})
  const latencies = []
  let done = 0
  let counter = 0
  const until = Date.now() + seconds * 1000
  const worker = async () => {
    while (Date.now() < until) {
      const started = performance.now()
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const seat = await client.query(
          `UPDATE city_events SET seats_held = seats_held + 1 WHERE id = $1 AND capacity - seats_confirmed - seats_held >= 1 RETURNING id`,
          [eventId],
        )
        if (seat.rowCount) {
          counter += 1
          await client.query(
            `INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total, amount_refunded, buyer_name, buyer_email, locale, expires_at)
             VALUES ($1, $2, 'PENDING', 'PENDING', 'REGULAR', 1, 'EUR', 45000, 45000, 0, 45000, 0, 'Raw', $3, 'fr', now() + interval '15 minutes')`,
            [`RAW${eventId}-${counter}`, eventId, `raw-${counter}@example.com`],
          )
        }
        await client.query('COMMIT')
        done += 1
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
      latencies.push(performance.now() - started)
    }
  }
  const started = Date.now()
  try {
    await Promise.all(Array.from({ length: concurrency }, worker))
  } finally {
    await pool.end()
  }
  const elapsed = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), perSecond: done / elapsed }
}
