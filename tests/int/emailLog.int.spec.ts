import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findBookingActivity } from '../../plugins/ticketing/src/db/bookings/findBookingActivity'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows, storedBooking } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

// Every email the plugin queues for a booking is tracked in `booking-emails`: queued in the
// same transaction as the change that caused it, then sent or failed (with the SMTP error and
// the number of attempts), so finance can see on the booking's page what the buyer received.

let payload: Payload
const downFlag = () => path.join(process.env.MAIL_CAPTURE_DIR as string, '.down')

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(() => {
  fs.rmSync(downFlag(), { force: true })
})

const emailJobs = (bookingId: number) =>
  sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${bookingId} AND completed_at IS NULL`)

describe('booking emails', () => {
  it('records the confirmation when it is queued, each failed attempt with the SMTP error, then the send once SMTP is back', async () => {
    // SMTP is down before the booking exists: whoever runs the email job (this test or the
    // job runner's cron), the email can only fail until SMTP is back.
    fs.writeFileSync(downFlag(), '')
    const event = await createEvent(payload, { regularPrice: 0 })
    const created = await book({ eventId: event.id })
    expect(created.body.status).toBe('CONFIRMED')
    const booking = await storedBooking(payload, created.body.reference)
    const req = { payload, transactionID: undefined }
    const emails = async () => (await findBookingActivity(req, booking.id)).emails

    const [queued] = await emails()
    expect(queued).toMatchObject({ kind: 'confirmation', sentAt: null })
    expect(['QUEUED', 'FAILED']).toContain(queued!.status)

    const [job] = await emailJobs(booking.id)
    await payload.jobs.runByID({ id: job!.id as number })
    const [failed] = await emails()
    expect(failed).toMatchObject({ kind: 'confirmation', sentAt: null, status: 'FAILED' })
    expect(failed!.attempts).toBeGreaterThanOrEqual(1)
    expect(failed!.lastError).toBeTruthy()

    fs.rmSync(downFlag())
    await payload.jobs.runByID({ id: job!.id as number }).catch(() => undefined)
    await expect.poll(async () => (await emails())[0]?.status, { timeout: 30_000 }).toBe('SENT')
    const [sent] = await emails()
    expect(sent!.attempts).toBeGreaterThanOrEqual(2)
    expect(sent!.sentAt).not.toBeNull()
    expect(await emails()).toHaveLength(1)
  })

  it('lists the emails to finance over REST, and to nobody else', async () => {
    const event = await createEvent(payload, { regularPrice: 0 })
    const booking = await storedBooking(payload, (await book({ eventId: event.id })).body.reference)
    const where = `where[booking][equals]=${booking.id}`
    const finance = await rest('GET', `/booking-emails?${where}`, { token: (await createStaff(payload, ['finance'])).token })
    expect(finance.status).toBe(200)
    expect(finance.body.docs).toMatchObject([{ kind: 'confirmation' }])
    expect((await rest('GET', `/booking-emails?${where}`, { token: (await createStaff(payload, ['editor'])).token })).status).toBe(403)
    expect((await rest('GET', `/booking-emails?${where}`)).status).toBe(403)
  })
})
