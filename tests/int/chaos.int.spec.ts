import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Book, BookOffer, Cancel, Dispute, Expire, Flush, JoinWaitlist, Journey, LeaveWaitlist, Outage, Pay, Reconcile, Refund, RunJobs, RunOffers, StartPayment, Webhooks } from '../chaos/commands'
import { settle, stateOf, violations } from '../chaos/invariants'
import { type Model, setSmtpDown, type World } from '../chaos/world'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { startPayments } from '../helpers/stripeEmulator'

// Model-based chaos: random sequences of what visitors, Stripe, finance, the job runner and
// outages do — booking, paying (declined, 3-D Secure, processing), cancelling, holds running out
// (by the job or by the next visitor), webhooks duplicated / reordered / dropped / held back /
// delayed, reconciliation, full and partial refunds (two at once too), disputes won and lost,
// Stripe and SMTP outages, joining / leaving the waiting list, offers booked or running out — against the real API over the site's REST handlers and the Stripe
// emulator. After each sequence the system is brought to rest and every invariant is checked:
// seats equal the bookings that hold them and, with the seats offered to the waiting list, never
// exceed capacity; the waiting list's counters equal its entries and no entry waits for seats
// that are free (offers follow the order); each booking's ledger
// equals Stripe's view to the minor unit; no PaymentIntent left open for a booking that can no
// longer be paid; exactly one confirmation email per confirmed booking; no unexpected 5xx.
//
// CHAOS_RUNS sets the number of sequences (default 200). A failure is shrunk to a minimal
// sequence and printed with its seed and path: replay it with
//   CHAOS_SEED=<seed> CHAOS_PATH=<path> CHAOS_REPLAY_PATH=<replayPath> npx vitest run --project int tests/int/chaos.int.spec.ts
// (a sequence of commands also needs its replayPath, printed after the sequence as `/*replayPath=…*/`);
// with CHAOS_DEBUG=1 a failing sequence also prints its bookings, ledger, documents, audit and answers.

const RUNS = Number(process.env.CHAOS_RUNS ?? 200)

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
let adminToken: string
let financeToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  adminToken = (await createStaff(payload, ['admin'])).token
  financeToken = (await createStaff(payload, ['finance'])).token
})

afterAll(async () => {
  setSmtpDown(false)
  await payments?.close()
})

const booking = fc.nat({ max: 7 })
const outcome = fc.constantFrom('succeed', 'succeed', 'fail', 'process', 'requireAction') as fc.Arbitrary<'fail' | 'process' | 'requireAction' | 'succeed'>
const journey = fc.tuple(fc.integer({ max: 2, min: 1 }), outcome).map(([q, o]) => new Journey(q, o))
// Whole visits are listed three times, so most sequences reach payments, refunds and disputes.
const commands = [
  journey,
  journey,
  journey,
  fc.integer({ max: 3, min: 1 }).map((q) => new Book(q)),
  booking.map((n) => new StartPayment(n)),
  fc.tuple(booking, outcome).map(([n, o]) => new Pay(n, o)),
  booking.map((n) => new Cancel(n)),
  fc.tuple(booking, fc.constantFrom('job', 'visitor') as fc.Arbitrary<'job' | 'visitor'>).map(([n, by]) => new Expire(n, by)),
  fc.tuple(booking, fc.constantFrom('full', 'part') as fc.Arbitrary<'full' | 'part'>, fc.constantFrom(1, 2) as fc.Arbitrary<1 | 2>).map(([n, a, c]) => new Refund(n, a, c)),
  fc.tuple(booking, fc.constantFrom('open', 'won', 'lost') as fc.Arbitrary<'lost' | 'open' | 'won'>).map(([n, c]) => new Dispute(n, c)),
  fc
    .tuple(fc.constantFrom('deliver', 'drop', 'hold') as fc.Arbitrary<'deliver' | 'drop' | 'hold'>, fc.boolean(), fc.boolean(), fc.constantFrom(0, 0, 30))
    .map(([mode, duplicate, reverse, delay]) => new Webhooks(mode, duplicate, reverse, delay)),
  fc.constantFrom('fifo', 'reverse', 'shuffle').map((order) => new Flush(order as 'fifo' | 'reverse' | 'shuffle')),
  fc.constant(new Reconcile()),
  fc.tuple(fc.constantFrom('smtp', 'stripe') as fc.Arbitrary<'smtp' | 'stripe'>, fc.boolean()).map(([service, down]) => new Outage(service, down)),
  fc.constant(new RunJobs()),
  // The waiting list: joining a full event, leaving or declining, booking from an offer, the offer job (offers ending too).
  // Up to 5 seats on a 4-seat event: a join always finds fewer seats than wanted sometimes.
  fc.tuple(fc.integer({ max: 5, min: 1 }), fc.boolean()).map(([q, partial]) => new JoinWaitlist(q, partial)),
  fc.tuple(fc.integer({ max: 5, min: 1 }), fc.boolean()).map(([q, partial]) => new JoinWaitlist(q, partial)),
  booking.map((n) => new LeaveWaitlist(n)),
  fc.tuple(booking, fc.boolean()).map(([n, one]) => new BookOffer(n, one)),
  fc.boolean().map((end) => new RunOffers(end)),
]

describe('chaos', () => {
  it(`keeps seats (the waiting list’s too), money, invoices, payment intents and emails consistent over ${RUNS} random sequences`, async () => {
    const replay = process.env.CHAOS_SEED ? { path: process.env.CHAOS_PATH, seed: Number(process.env.CHAOS_SEED) } : {}
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 16, replayPath: process.env.CHAOS_REPLAY_PATH, size: 'max' }), async (sequence) => {
        // Each sequence starts from an empty Stripe account and a new event.
        await payments.control.reset()
        const event = await createEvent(payload, { capacity: 4, regularPrice: 45000 })
        const world: World = { adminToken, answers: [], apiUrl: payments.api.url, control: payments.control, eventId: event.id, financeToken, payload }
        const model: Model = { bookings: [], smtpDown: false, stripeDown: false, waitlist: [] }
        await fc.asyncModelRun(() => ({ model, real: world }), sequence)
        await settle(model, world)
        const found = await violations(model, world)
        if (found.length && process.env.CHAOS_DEBUG) console.log(JSON.stringify(await stateOf(world), null, 1))
        expect(found).toEqual([])
      }),
      { numRuns: RUNS, ...replay },
    )
  }, 30 * 60_000)
})
