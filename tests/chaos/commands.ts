import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type fc from 'fast-check'

import { sqlRows } from '../helpers/payments'

import { call, type Model, pick, runExpiryJob, runOfferJob, setSmtpDown, type World } from './world'

type Command = fc.AsyncCommand<Model, World, false>

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })
const ignoreUnexpectedState = (promise: Promise<unknown>) => promise.catch(() => undefined)

/** A visitor books 1–3 seats. */
export class Book implements Command {
  constructor(readonly quantity: number) {}
  check = () => true
  async run(model: Model, world: World) {
    const attendees = Array.from({ length: this.quantity }, (_, i) => ({ name: `Guest ${i + 1}` }))
    const res = await call(world, model, this.toString(), 'POST', '/ticketing/bookings', {
      body: { attendees, buyer: { email: `chaos-${randomUUID().slice(0, 8)}@example.com`, name: 'Chaos Buyer' }, eventId: world.eventId, quantity: this.quantity },
    })
    if (res.status === 201) model.bookings.push({ accessToken: res.body.accessToken, quantity: this.quantity, reference: res.body.reference })
  }
  toString = () => `book(${this.quantity})`
}

/** A whole visit: book, open the pay page, and the card does what it does. */
export class Journey implements Command {
  constructor(readonly quantity: number, readonly outcome: 'fail' | 'process' | 'requireAction' | 'succeed') {}
  check = () => true
  async run(model: Model, world: World) {
    const before = model.bookings.length
    await new Book(this.quantity).run(model, world)
    if (model.bookings.length === before) return
    const index = model.bookings.length - 1
    await new StartPayment(index).run(model, world)
    const intent = model.bookings[index]!.paymentIntentId
    if (intent) await ignoreUnexpectedState(world.control[this.outcome](intent))
  }
  toString = () => `journey(${this.quantity}, ${this.outcome})`
}

/** The pay page asks for the booking's PaymentIntent (again: always the same one). */
export class StartPayment implements Command {
  constructor(readonly n: number) {}
  check = (model: Readonly<Model>) => model.bookings.length > 0
  async run(model: Model, world: World) {
    const booking = pick(model, this.n)!
    const res = await call(world, model, this.toString(), 'POST', `/ticketing/bookings/${booking.reference}/payment-intent`, { headers: bearer(booking.accessToken) })
    if (res.status === 200) booking.paymentIntentId = res.body.paymentIntentId
  }
  toString = () => `startPayment(#${this.n})`
}

/** The card at Stripe: succeeds, is declined, stays processing, or asks for 3-D Secure. */
export class Pay implements Command {
  constructor(readonly n: number, readonly outcome: 'fail' | 'process' | 'requireAction' | 'succeed') {}
  check = (model: Readonly<Model>) => model.bookings.some((b) => b.paymentIntentId)
  async run(model: Model, world: World) {
    const booking = model.bookings.filter((b) => b.paymentIntentId)[this.n % model.bookings.filter((b) => b.paymentIntentId).length]!
    await ignoreUnexpectedState(world.control[this.outcome](booking.paymentIntentId!))
  }
  toString = () => `pay(#${this.n}, ${this.outcome})`
}

/** The visitor cancels their booking. */
export class Cancel implements Command {
  constructor(readonly n: number) {}
  check = (model: Readonly<Model>) => model.bookings.length > 0
  async run(model: Model, world: World) {
    const booking = pick(model, this.n)!
    await call(world, model, this.toString(), 'POST', `/ticketing/bookings/${booking.reference}/cancel`, { headers: bearer(booking.accessToken) })
  }
  toString = () => `cancel(#${this.n})`
}

/** A hold's time runs out; then either the expiry job or the next visitor who needs the seats ends it. */
export class Expire implements Command {
  constructor(readonly n: number, readonly by: 'job' | 'visitor') {}
  check = (model: Readonly<Model>) => model.bookings.length > 0
  async run(model: Model, world: World) {
    const booking = pick(model, this.n)!
    await sqlRows(world.payload, sql`UPDATE bookings SET expires_at = now() - interval '1 second' WHERE reference = ${booking.reference} AND status = 'PENDING'`)
    if (this.by === 'job') await runExpiryJob(world)
    else await new Book(1).run(model, world)
  }
  toString = () => `expire(#${this.n}, by ${this.by})`
}

/** Finance refunds a paid booking, in full or in part, once or twice at the same moment. */
export class Refund implements Command {
  constructor(readonly n: number, readonly amount: 'full' | 'part', readonly concurrent: 1 | 2) {}
  check = (model: Readonly<Model>) => model.bookings.length > 0
  async run(model: Model, world: World) {
    const booking = pick(model, this.n)!
    const body = this.amount === 'full' ? {} : { amount: 100 }
    await Promise.all(
      Array.from({ length: this.concurrent }, () =>
        call(world, model, this.toString(), 'POST', `/ticketing/bookings/${booking.reference}/refund`, { body, token: world.financeToken }),
      ),
    )
  }
  toString = () => `refund(#${this.n}, ${this.amount}, ×${this.concurrent})`
}

/** The buyer's bank opens a dispute; later it is won or lost. */
export class Dispute implements Command {
  constructor(readonly n: number, readonly close: 'lost' | 'open' | 'won') {}
  check = (model: Readonly<Model>) => model.bookings.some((b) => b.paymentIntentId)
  async run(model: Model, world: World) {
    const paid = model.bookings.filter((b) => b.paymentIntentId)
    const booking = paid[this.n % paid.length]!
    const state = await world.control.state()
    const open = state.disputes.find((d) => d.payment_intent === booking.paymentIntentId && d.status === 'needs_response')
    if (this.close === 'open') await ignoreUnexpectedState(world.control.dispute(booking.paymentIntentId!))
    else if (open) await ignoreUnexpectedState(world.control.closeDispute(open.id, this.close))
  }
  toString = () => `dispute(#${this.n}, ${this.close})`
}

/** How Stripe delivers webhooks from now on: normally, dropped, held back, duplicated, reversed, delayed. */
export class Webhooks implements Command {
  constructor(readonly mode: 'deliver' | 'drop' | 'hold', readonly duplicate: boolean, readonly reverse: boolean, readonly delayMs: number) {}
  check = () => true
  async run(_model: Model, world: World) {
    await world.control.configure({ webhooks: { delayMs: this.delayMs, duplicate: this.duplicate, mode: this.mode, reverse: this.reverse } })
  }
  toString = () => `webhooks(${this.mode}${this.duplicate ? ', duplicate' : ''}${this.reverse ? ', reverse' : ''}${this.delayMs ? `, delay ${this.delayMs} ms` : ''})`
}

/** Held-back webhooks arrive, in order, reversed or shuffled. */
export class Flush implements Command {
  constructor(readonly order: 'fifo' | 'reverse' | 'shuffle') {}
  check = () => true
  async run(_model: Model, world: World) {
    await world.control.flush({ order: this.order })
  }
  toString = () => `flushWebhooks(${this.order})`
}

/** An admin runs the reconciliation. */
export class Reconcile implements Command {
  check = () => true
  async run(model: Model, world: World) {
    await call(world, model, this.toString(), 'POST', '/ticketing/admin/reconcile', { body: {}, token: world.adminToken })
  }
  toString = () => 'reconcile()'
}

/** Stripe's API or the SMTP server goes down, or comes back. */
export class Outage implements Command {
  constructor(readonly service: 'smtp' | 'stripe', readonly down: boolean) {}
  check = () => true
  async run(model: Model, world: World) {
    if (this.service === 'stripe') {
      await world.control.configure({ faults: this.down ? { status: 500 } : null })
      model.stripeDown = this.down
    } else {
      setSmtpDown(this.down)
      model.smtpDown = this.down
    }
  }
  toString = () => `${this.service}(${this.down ? 'down' : 'up'})`
}

/** The job runner's turn: expiry (which also closes ended holds' PaymentIntents). */
export class RunJobs implements Command {
  check = () => true
  async run(_model: Model, world: World) {
    await runExpiryJob(world)
  }
  toString = () => 'runExpiryJob()'
}

/** A visitor joins the waiting list (accepted only while fewer seats are free than wanted). */
export class JoinWaitlist implements Command {
  constructor(readonly quantity: number, readonly acceptPartial: boolean) {}
  check = () => true
  async run(model: Model, world: World) {
    const res = await call(world, model, this.toString(), 'POST', `/ticketing/events/${world.eventId}/waitlist`, {
      body: { acceptPartial: this.acceptPartial, email: `wait-${randomUUID().slice(0, 8)}@example.com`, name: 'Chaos Waiter', quantity: this.quantity },
    })
    if (res.status === 201) model.waitlist.push({ token: res.body.token })
  }
  toString = () => `joinWaitlist(${this.quantity}${this.acceptPartial ? ', partial' : ''})`
}

/** An entry leaves the list, or declines its offer. */
export class LeaveWaitlist implements Command {
  constructor(readonly n: number) {}
  check = (model: Readonly<Model>) => model.waitlist.length > 0
  async run(model: Model, world: World) {
    const entry = model.waitlist[this.n % model.waitlist.length]!
    await call(world, model, this.toString(), 'DELETE', `/ticketing/waitlist/${entry.token}`)
  }
  toString = () => `leaveWaitlist(#${this.n})`
}

/** An entry books from its offer (all the seats offered, or one). */
export class BookOffer implements Command {
  constructor(readonly n: number, readonly one: boolean) {}
  check = (model: Readonly<Model>) => model.waitlist.length > 0
  async run(model: Model, world: World) {
    const entry = model.waitlist[this.n % model.waitlist.length]!
    const view = await call(world, model, `${this.toString()}: view`, 'GET', `/ticketing/waitlist/${entry.token}`)
    const offered = view.body?.offer?.quantity as number | undefined
    if (!offered) return
    const quantity = this.one ? 1 : offered
    const attendees = Array.from({ length: quantity }, (_, i) => ({ name: `Waiter ${i + 1}` }))
    const res = await call(world, model, this.toString(), 'POST', '/ticketing/bookings', {
      body: { attendees, buyer: { email: `offer-${randomUUID().slice(0, 8)}@example.com`, name: 'Offer Buyer' }, eventId: world.eventId, quantity, waitlistToken: entry.token },
    })
    if (res.status === 201) model.bookings.push({ accessToken: res.body.accessToken, quantity, reference: res.body.reference })
  }
  toString = () => `bookOffer(#${this.n}${this.one ? ', one seat' : ''})`
}

/** The offer job's turn: ended offers expire, free seats are offered in order. */
export class RunOffers implements Command {
  constructor(readonly endOffers: boolean) {}
  check = () => true
  async run(_model: Model, world: World) {
    if (this.endOffers) await sqlRows(world.payload, sql`UPDATE waitlist_entries SET offer_expires_at = now() - interval '1 second' WHERE city_event_id = ${world.eventId} AND status = 'OFFERED'`)
    await runOfferJob(world)
  }
  toString = () => `runOfferJob(${this.endOffers ? 'offers ended' : ''})`
}
