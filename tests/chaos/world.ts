import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'

import { expireHolds } from '../../plugins/ticketing/src/operations/expireHolds'
import { stripeGateway } from '../../plugins/ticketing/src/payments/stripe/stripeGateway'
import { stripeSettings } from '../../plugins/ticketing/src/payments/stripe/stripeSettings'
import type { createEmulatorClient } from '../../tools/stripe-emulator/src/emulatorClient'
import { rest, type RestOptions } from '../helpers/rest'

/** One booking as the visitor and the test know it. */
export type ModelBooking = { accessToken: string; paymentIntentId?: string; quantity: number; reference: string }

/** What the commands know: the sequence's event, its bookings, and which outages are on. */
export type Model = { bookings: ModelBooking[]; smtpDown: boolean; stripeDown: boolean }

/** An HTTP answer the product gave, kept to check that none was a 5xx it should not give. */
export type Answer = { command: string; status: number; code?: string; stripeDown: boolean }

/** The real system under test, shared by every command of one sequence. */
export type World = {
  answers: Answer[]
  control: ReturnType<typeof createEmulatorClient>
  eventId: number
  financeToken: string
  adminToken: string
  payload: Payload
}

let ip = 0

/** Calls the site's REST handlers and records the answer (a fresh client address each time, so rate limits stay out of the way). */
export const call = async (world: World, model: Model, command: string, method: 'GET' | 'POST', apiPath: string, options: RestOptions = {}) => {
  ip += 1
  const res = await rest(method, apiPath, { ...options, headers: { 'X-Forwarded-For': `10.66.${(ip >> 8) & 255}.${ip & 255}`, ...options.headers } })
  world.answers.push({ code: res.body?.error?.code, command, status: res.status, stripeDown: model.stripeDown })
  return res
}

const downFlag = () => path.join(process.env.MAIL_CAPTURE_DIR as string, '.down')

/** SMTP outage on/off: the run's SMTP server refuses mail while the flag file exists. */
export const setSmtpDown = (down: boolean) => (down ? fs.writeFileSync(downFlag(), '') : fs.rmSync(downFlag(), { force: true }))

/** The expiry job, as its cron would run it. */
export const runExpiryJob = async (world: World) => {
  await expireHolds({ gateway: stripeGateway(stripeSettings()), req: await createLocalReq({}, world.payload) })
}

/** Index of a booking picked by a random number (commands carry numbers, not references). */
export const pick = (model: Model, n: number): ModelBooking | undefined => (model.bookings.length ? model.bookings[n % model.bookings.length] : undefined)
