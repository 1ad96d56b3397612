import fs from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SMTP_POOL } from '../../plugins/ticketing/src/email/createTransport'
import { EMAIL_AUTORUN } from '../../plugins/ticketing/src/jobs/sendEmailTask'
import { EMAIL_QUEUE, queueEmail, SEND_EMAIL_TASK } from '../../plugins/ticketing/src/operations/email/queueEmail'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'

// A rush of confirmations (e.g. 300 payments at once) over the run's real SMTP server: each
// leaves exactly once, the email queue takes them in large batches, and a few pooled SMTP
// connections carry them all. How fast it goes is for the bench, not for this test.

const RUSH = 300
const tag = randomUUID().slice(0, 8)
let payload: Payload
let bookingIds: number[] = []

const address = (i: number) => `rush-${tag}-${i}@example.com`

/** This file's messages at the SMTP server: recipient → connection ids that carried one. */
const delivered = () => {
  const dir = process.env.MAIL_CAPTURE_DIR as string
  const byRecipient = new Map<string, string[]>()
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
    const to = new RegExp(`^To: (rush-${tag}-\\d+@example\\.com)`, 'm').exec(fs.readFileSync(path.join(dir, file), 'utf8'))?.[1]
    if (!to) continue
    const connection = file.replace(/\.eml$/, '').split('-').slice(2).join('-')
    byRecipient.set(to, [...(byRecipient.get(to) ?? []), connection])
  }
  return byRecipient
}

const pendingEmailJobs = async () =>
  Number(
    (
      await sqlRows(
        payload,
        sql`SELECT count(*) AS n FROM payload_jobs WHERE queue = ${EMAIL_QUEUE} AND completed_at IS NULL AND has_error IS NOT TRUE
              AND processing IS NOT TRUE AND (wait_until IS NULL OR wait_until < now())`,
      )
    )[0].n,
  )

/** Runs the email queue the way its autorun does, pass after pass, until it is empty. */
const drainEmailQueue = async () => {
  let passes = 0
  for (;;) {
    const result = await payload.jobs.run({ limit: EMAIL_AUTORUN.limit, queue: EMAIL_AUTORUN.queue, silent: true })
    if (result.noJobsRemaining) return passes
    passes++
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  const event = await createEvent(payload, { capacity: RUSH, title: 'Rush' })
  const rows = await sqlRows(
    payload,
    sql`INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total,
          amount_refunded, buyer_name, buyer_email, locale, expires_at, confirmed_at, payment_intent_id)
        SELECT 'RUSH' || ${tag} || g, ${event.id}, 'CONFIRMED', 'PAID', 'REGULAR', 1, 'EUR', 45000, 45000, 0, 45000, 0, 'Buyer ' || g,
          'rush-' || ${tag} || '-' || g || '@example.com', 'fr', now(), now(), 'pi_rush_' || ${tag} || '_' || g
        FROM generate_series(1, ${RUSH}) g
        RETURNING id`,
  )
  bookingIds = rows.map((row) => Number(row.id))
  await sqlRows(
    payload,
    sql`INSERT INTO attendees (booking_id, city_event_id, name, position, ticket_code)
        SELECT id, city_event_id, buyer_name, 1, 'TK' || id FROM bookings WHERE city_event_id = ${event.id}`,
  )
  // Each confirmation queued the way a confirmed payment queues it.
  for (const bookingId of bookingIds) await queueEmail(await createLocalReq({}, payload), { bookingId, kind: 'confirmation' })
}, 180_000)

describe('a rush of confirmation emails', () => {
  it('runs the email queue every second in batches of 100 or more', async () => {
    // The schedule of a process that runs the jobs (the test processes run none: TICKETING_RUN_JOBS=false).
    const autoRun = payload.config.jobs.autoRun
    process.env.TICKETING_RUN_JOBS = 'true'
    const schedule = typeof autoRun === 'function' ? await autoRun(payload) : (autoRun ?? [])
    process.env.TICKETING_RUN_JOBS = 'false'
    const email = schedule.find((run) => run.queue === EMAIL_QUEUE)
    expect(email).toMatchObject({ cron: '* * * * * *', limit: EMAIL_AUTORUN.limit })
    expect(EMAIL_AUTORUN.limit).toBeGreaterThanOrEqual(100)
  })

  it('delivers each confirmation exactly once, in as few passes as the batch size allows, over a few pooled SMTP connections', async () => {
    const pending = await pendingEmailJobs()
    expect(pending).toBeGreaterThanOrEqual(RUSH)
    const passes = await drainEmailQueue()
    expect(passes).toBeLessThanOrEqual(Math.ceil(pending / EMAIL_AUTORUN.limit))

    const mail = delivered()
    expect(mail.size).toBe(RUSH)
    for (let i = 1; i <= RUSH; i++) expect(mail.get(address(i)), address(i)).toHaveLength(1)
    // One pooled connection carries up to maxMessages emails; never one connection per email. A
    // connection the pool drops early (a slow pass on a busy machine, an idle timeout) is replaced,
    // so the bound allows for some of those: still at least ten emails per connection on average.
    const connections = new Set([...mail.values()].flat())
    expect(connections.size).toBeLessThanOrEqual(Math.max(SMTP_POOL.maxConnections + Math.ceil(RUSH / SMTP_POOL.maxMessages), Math.floor(RUSH / 10)))

    const log = await sqlRows(
      payload,
      sql`SELECT status, attempts FROM booking_emails WHERE kind = 'confirmation' AND booking_id IN ${sql.raw(`(${bookingIds.join(',')})`)}`,
    )
    expect(log).toHaveLength(RUSH)
    expect(log.every((row) => row.status === 'SENT' && Number(row.attempts) === 1)).toBe(true)
  })

  it('never sends an email twice, even when its job is run again', async () => {
    const [logged] = await sqlRows(payload, sql`SELECT id, booking_id FROM booking_emails WHERE booking_id = ${bookingIds[0]} AND kind = 'confirmation'`)
    // The same email's job queued again (a retry after a crash that followed the send).
    await payload.jobs.queue({
      input: { bookingId: Number(logged.booking_id), kind: 'confirmation', logId: Number(logged.id) },
      queue: EMAIL_QUEUE,
      task: SEND_EMAIL_TASK,
    } as never)
    await drainEmailQueue()
    expect(delivered().get(address(1))).toHaveLength(1)
    expect(await pendingEmailJobs()).toBe(0)
  })
})
