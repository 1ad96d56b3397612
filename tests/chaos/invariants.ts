import { sql } from '@payloadcms/db-postgres/drizzle'

import { sqlRows } from '../helpers/payments'
import { call, type Model, runExpiryJob, runOfferJob, setSmtpDown, type World } from './world'

/**
 * Brings the system to rest after a sequence, as time would: Stripe and SMTP back, held
 * webhooks delivered, the reconciliation and the expiry job run, queued emails sent.
 */
export const settle = async (model: Model, world: World) => {
  await world.control.configure({ faults: null, webhooks: { delayMs: 0, duplicate: false, mode: 'deliver', reverse: false } })
  model.stripeDown = false
  setSmtpDown(false)
  model.smtpDown = false
  await world.control.flush({ order: 'fifo' })
  await world.control.waitForWebhooks(30_000)
  // Payments still processing at the bank end, as they do within days: here they succeed,
  // the hardest case (a hold that ended meanwhile must re-take its seats or be refunded).
  for (const intent of (await world.control.state()).payment_intents.filter((pi) => pi.status === 'processing')) {
    await world.control.succeed(intent.id).catch(() => undefined)
  }
  await world.control.waitForWebhooks(30_000)
  await call(world, model, 'settle: reconcile', 'POST', '/ticketing/admin/reconcile', { body: {}, token: world.adminToken })
  await world.control.waitForWebhooks(30_000)
  await runExpiryJob(world)
  await runOfferJob(world)
  await world.control.waitForWebhooks(30_000)
  const jobs = await sqlRows(
    world.payload,
    sql`SELECT j.id FROM payload_jobs j JOIN bookings b ON b.id = (j.input->>'bookingId')::int
        WHERE j.task_slug = 'ticketingSendEmail' AND j.completed_at IS NULL AND b.city_event_id = ${world.eventId}`,
  )
  for (const job of jobs) await world.payload.jobs.runByID({ id: job.id as number }).catch(() => undefined)
}

/**
 * The waiting list at rest: its counters equal its entries (seats offered to OFFERED entries,
 * seats wanted by WAITING ones), and the offers followed the order: once the offer job has run,
 * no waiting entry could be served by the seats still free (else it would have been offered
 * them, before any entry after it).
 */
const waitlistViolations = async (world: World, event: Record<string, unknown>): Promise<string[]> => {
  const found: string[] = []
  const entries = await sqlRows(world.payload, sql`SELECT id, status, quantity, offered_quantity, accept_partial FROM waitlist_entries WHERE city_event_id = ${world.eventId} ORDER BY created_at, id`)
  const offered = entries.filter((e) => e.status === 'OFFERED').reduce((n, e) => n + Number(e.offered_quantity), 0)
  const waiting = entries.filter((e) => e.status === 'WAITING').reduce((n, e) => n + Number(e.quantity), 0)
  if (Number(event.seats_offered) !== offered) found.push(`seats offered ${event.seats_offered} ≠ ${offered} offered to OFFERED entries`)
  if (Number(event.seats_waiting) !== waiting) found.push(`seats waiting ${event.seats_waiting} ≠ ${waiting} wanted by WAITING entries`)
  const free = Number(event.capacity) - Number(event.seats_confirmed) - Number(event.seats_held) - Number(event.seats_offered)
  for (const entry of entries.filter((e) => e.status === 'WAITING')) {
    if (Number(entry.quantity) <= free || (entry.accept_partial && free > 0)) found.push(`entry ${entry.id} waits for ${entry.quantity} while ${free} seats are free`)
  }
  return found
}

const OPEN_INTENT = ['requires_payment_method', 'requires_confirmation', 'requires_action', 'processing']

/** Every invariant of the product, checked against the database and Stripe's (the emulator's) view. Returns the violations. */
export const violations = async (model: Model, world: World): Promise<string[]> => {
  const found: string[] = []
  const [event] = await sqlRows(world.payload, sql`SELECT capacity, seats_held, seats_confirmed, seats_offered, seats_waiting FROM city_events WHERE id = ${world.eventId}`)
  const bookings = await sqlRows(
    world.payload,
    sql`SELECT id, reference, status, payment_status, quantity, total, amount_refunded, payment_intent_id, confirmed_at FROM bookings WHERE city_event_id = ${world.eventId}`,
  )
  const sum = (status: string) => bookings.filter((b) => b.status === status).reduce((n, b) => n + Number(b.quantity), 0)
  if (Number(event!.seats_held) !== sum('PENDING')) found.push(`seats held ${event!.seats_held} ≠ ${sum('PENDING')} in PENDING bookings`)
  if (Number(event!.seats_confirmed) !== sum('CONFIRMED')) found.push(`seats confirmed ${event!.seats_confirmed} ≠ ${sum('CONFIRMED')} in CONFIRMED bookings`)
  if (Number(event!.seats_held) + Number(event!.seats_confirmed) + Number(event!.seats_offered) > Number(event!.capacity)) found.push('confirmed + held + offered seats exceed the capacity')
  found.push(...(await waitlistViolations(world, event!)))

  const stripe = await world.control.state()
  for (const booking of bookings) {
    const ref = booking.reference as string
    const ledger = await sqlRows(world.payload, sql`SELECT kind, stripe_object_id, amount, status FROM booking_payments WHERE booking_id = ${booking.id}`)
    const intent = stripe.payment_intents.find((pi) => pi.id === booking.payment_intent_id)
    if (intent) {
      const payment = ledger.find((row) => row.stripe_object_id === intent.id)
      if (intent.status === 'succeeded' && !payment) found.push(`${ref}: Stripe has the payment ${intent.id}, the ledger does not`)
      // Money, to the minor unit: the ledger records a captured payment exactly when Stripe
      // captured it, with the amount Stripe received (intermediate states move no money).
      if (payment && (payment.status === 'succeeded') !== (intent.status === 'succeeded')) found.push(`${ref}: ledger says ${payment.status}, Stripe says ${intent.status}`)
      if (payment && intent.status === 'succeeded' && Number(payment.amount) !== intent.amount_received) found.push(`${ref}: ledger has ${payment.amount}, Stripe received ${intent.amount_received}`)
      const refunds = stripe.refunds.filter((r) => r.payment_intent === intent.id)
      for (const refund of refunds) {
        const row = ledger.find((l) => l.stripe_object_id === refund.id)
        if (!row || Number(row.amount) !== refund.amount || row.status !== refund.status) found.push(`${ref}: refund ${refund.id} (${refund.amount} ${refund.status}) is not in the ledger as such`)
      }
      const refunded = refunds.filter((r) => r.status === 'succeeded').reduce((n, r) => n + r.amount, 0)
      if (Number(booking.amount_refunded) !== refunded) found.push(`${ref}: amountRefunded ${booking.amount_refunded} ≠ ${refunded} refunded at Stripe`)
      for (const dispute of stripe.disputes.filter((d) => d.payment_intent === intent.id)) {
        if (!ledger.some((l) => l.stripe_object_id === dispute.id)) found.push(`${ref}: dispute ${dispute.id} is not in the ledger`)
      }
      if (booking.status !== 'PENDING' && OPEN_INTENT.includes(intent.status)) found.push(`${ref}: ${booking.status} but its PaymentIntent is still ${intent.status}`)
      if (booking.payment_status === 'PAID' && intent.status !== 'succeeded') found.push(`${ref}: PAID but Stripe says ${intent.status}`)
    }
    // Invoices less credit notes = payments − refunds − lost disputes in the ledger, to the minor unit.
    const net = ledger.reduce((sum, row) => {
      if (row.kind === 'PAYMENT' && row.status === 'succeeded') return sum + Number(row.amount)
      if ((row.kind === 'REFUND' && row.status === 'succeeded') || (row.kind === 'DISPUTE' && row.status === 'lost')) return sum - Number(row.amount)
      return sum
    }, 0)
    const documents = await sqlRows(world.payload, sql`SELECT kind, total FROM invoices WHERE booking_id = ${booking.id}`)
    const invoiced = documents.reduce((sum, d) => sum + (d.kind === 'INVOICE' ? Number(d.total) : -Number(d.total)), 0)
    if (invoiced !== net) found.push(`${ref}: invoices less credit notes ${invoiced} ≠ ${net} kept in the ledger`)
    if (booking.status === 'CONFIRMED' && !['PAID', 'PARTIALLY_REFUNDED', 'DISPUTED'].includes(booking.payment_status as string)) found.push(`${ref}: CONFIRMED with payment ${booking.payment_status}`)
    const [emails] = await sqlRows(world.payload, sql`SELECT count(*)::int AS n FROM booking_emails WHERE booking_id = ${booking.id} AND kind = 'confirmation'`)
    const expected = booking.confirmed_at ? 1 : 0
    if (Number(emails!.n) !== expected) found.push(`${ref}: ${emails!.n} confirmation emails, expected ${expected}`)
  }
  for (const answer of world.answers) {
    const providerDown = answer.status === 503 && answer.code === 'PAYMENT_PROVIDER_UNAVAILABLE' && answer.stripeDown
    if (answer.status >= 500 && !providerDown) found.push(`${answer.command} answered ${answer.status} ${answer.code ?? ''}`)
  }
  return found
}

/** What a failing sequence left, for its replay: the event's bookings, ledger, documents, audit entries, the answers, Stripe's refunds. */
export const stateOf = async (world: World) => ({
  answers: world.answers,
  audit: await sqlRows(world.payload, sql`SELECT a.action, a.details FROM audit_log a JOIN bookings b ON b.id = a.booking_id WHERE b.city_event_id = ${world.eventId} ORDER BY a.id`),
  bookings: await sqlRows(world.payload, sql`SELECT id, reference, status, payment_status, total, amount_refunded, payment_intent_id, confirmed_at FROM bookings WHERE city_event_id = ${world.eventId}`),
  documents: await sqlRows(world.payload, sql`SELECT i.booking_id, i.kind, i.number, i.total FROM invoices i JOIN bookings b ON b.id = i.booking_id WHERE b.city_event_id = ${world.eventId} ORDER BY i.id`),
  ledger: await sqlRows(world.payload, sql`SELECT p.booking_id, p.kind, p.stripe_object_id, p.amount, p.status FROM booking_payments p JOIN bookings b ON b.id = p.booking_id WHERE b.city_event_id = ${world.eventId} ORDER BY p.id`),
  stripeRefunds: (await world.control.state()).refunds.map((r) => ({ amount: r.amount, id: r.id, payment_intent: r.payment_intent, status: r.status })),
})
