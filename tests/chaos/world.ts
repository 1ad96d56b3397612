import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'

import { expireHolds } from '../../plugins/ticketing/src/operations/seats/expireHolds'
import { runWaitlistOffers } from '../../plugins/ticketing/src/operations/waitlist/runWaitlistOffers'
import { sanitizeConfig } from '../../plugins/ticketing/src/sanitizeConfig'
import type { createEmulatorClient } from '@masterclass/stripe-emulator'
import { emulatorGateway } from '../helpers/emulatorGateway'

/** One booking as the visitor and the test know it. */
export type ModelBooking = { accessToken: string; paymentIntentId?: string; quantity: number; reference: string }

/** What the commands know: the sequence's event, its bookings, and which outages are on. */
export type Model = { bookings: ModelBooking[]; smtpDown: boolean; stripeDown: boolean; waitlist: { token: string }[] }

/** An HTTP answer the product gave, kept to check that none was a 5xx it should not give. */
export type Answer = { command: string; status: number; code?: string; stripeDown: boolean }

/** The real system under test, shared by every command of one sequence. */
export type World = {
  answers: Answer[]
  control: ReturnType<typeof createEmulatorClient>
  eventId: number
  financeToken: string
  adminToken: string
  /** Base address of the API server. */
  apiUrl: string
  payload: Payload
}

let ip = 0

/**
 * Calls the API over HTTP (the site's REST handlers behind a real server, the one Stripe's
 * webhooks reach) and records the answer; a fresh client address each time, so rate limits
 * stay out of the way.
 */
export const call = async (world: World, model: Model, command: string, method: 'DELETE' | 'GET' | 'POST', apiPath: string, options: CallOptions = {}) => {
  ip += 1
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.66.${(ip >> 8) & 255}.${ip & 255}`, ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  const response = await fetch(`${world.apiUrl}/api${apiPath}`, { body: options.body === undefined ? undefined : JSON.stringify(options.body), headers, method })
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {}
  world.answers.push({ code: body?.error?.code, command, status: response.status, stripeDown: model.stripeDown })
  return { body, status: response.status }
}

type CallOptions = { body?: unknown; headers?: Record<string, string>; token?: string }

const downFlag = () => path.join(process.env.MAIL_CAPTURE_DIR as string, '.down')

/** SMTP outage on/off: the run's SMTP server refuses mail while the flag file exists. */
export const setSmtpDown = (down: boolean) => (down ? fs.writeFileSync(downFlag(), '') : fs.rmSync(downFlag(), { force: true }))

/** The expiry job, as its cron would run it. */
export const runExpiryJob = async (world: World) => {
  await expireHolds({ gateway: emulatorGateway(), req: await createLocalReq({}, world.payload) })
}

/** The waiting list's offer job, as its cron would run it. */
export const runOfferJob = async (world: World) => {
  await runWaitlistOffers({ config: sanitizeConfig({}, world.payload.config as never), req: await createLocalReq({}, world.payload) })
}

/** Index of a booking picked by a random number (commands carry numbers, not references). */
export const pick = (model: Model, n: number): ModelBooking | undefined => (model.bookings.length ? model.bookings[n % model.bookings.length] : undefined)
