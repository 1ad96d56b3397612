import { timingSafeEqual } from 'node:crypto'

import type { TestOutcome } from '../types'

export type { TestOutcome }

type Intent = { client_secret?: string; id: string; metadata?: Record<string, string>; status: string }

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

const ACTIONS: Record<TestOutcome, { body: object; path: string }> = {
  decline: { body: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' }, path: 'fail' },
  pending: { body: {}, path: 'process' },
  succeed: { body: {}, path: 'succeed' },
}

/**
 * What Stripe.js does with a client secret, done against the local emulator: the PaymentIntent
 * is found from its client secret (which must match, as on Stripe, and belong to `reference`),
 * then moved to succeeded, declined or processing. The emulator then sends the signed webhooks.
 * Answers null when the secret does not open that booking's PaymentIntent.
 */
export const emulatorPayment = async ({ base, clientSecret, outcome, reference }: { base: string; clientSecret: string; outcome: TestOutcome; reference: string }) => {
  const id = /^(pi_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/.exec(clientSecret)?.[1]
  if (!id) return null
  const found = await fetch(`${base}/v1/payment_intents/${id}`, {
    cache: 'no-store',
    headers: { Authorization: `Bearer ${process.env.STRIPE_SECRET_KEY || 'sk_test_emulator'}` },
  })
  if (!found.ok) return null
  const intent = (await found.json()) as Intent
  if (!intent.client_secret || !sameSecret(intent.client_secret, clientSecret)) return null
  if (intent.metadata?.bookingReference?.toUpperCase() !== reference.toUpperCase()) return null
  const action = ACTIONS[outcome]
  const moved = await fetch(`${base}/_emulator/payment_intents/${id}/${action.path}`, {
    body: JSON.stringify(action.body),
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const result = (await moved.json().catch(() => ({}))) as Partial<Intent> & { error?: { message?: string } }
  return { ok: moved.ok, status: result.status ?? intent.status }
}
