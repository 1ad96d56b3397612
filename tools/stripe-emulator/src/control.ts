import { controlBody as body } from './controlBody.js'
import { emulatorConfig } from './emulatorConfig.js'
import { disputeActions } from './resources/disputeActions.js'
import { paymentIntentTransitions as transitions } from './resources/paymentIntentTransitions.js'
import { refundActions } from './resources/refundActions.js'
import { stateSnapshot } from './stateSnapshot.js'
import { StripeError } from './stripeError.js'
import type { EmulatorContext, Route } from './types.js'

export interface ControlInput {
  ctx: EmulatorContext
  body: unknown
  pathParams: Record<string, string>
}
export type ControlHandler = (input: ControlInput) => object | Promise<object>

const intent = ({ ctx, pathParams }: ControlInput) => ctx.store.paymentIntent(pathParams.id)
const post = (pattern: string, handler: ControlHandler): Route<ControlHandler> => ({ method: 'POST', pattern: `/_emulator${pattern}`, handler })
const get = (pattern: string, handler: ControlHandler): Route<ControlHandler> => ({ method: 'GET', pattern: `/_emulator${pattern}`, handler })

/** The `/_emulator` control API used by tests and the dev payment page (JSON in, JSON out, no auth). */
export const control: Array<Route<ControlHandler>> = [
  get('/health', () => ({ ok: true })),
  get('/state', ({ ctx }) => stateSnapshot(ctx)),
  get('/config', ({ ctx }) => ctx.config),
  post('/config', ({ ctx, body: input }) => (emulatorConfig.merge(ctx.config, input), ctx.config)),
  post('/reset', async ({ ctx, body: input }) => {
    emulatorConfig.reset(ctx.config, input)
    ctx.store.clear()
    ctx.idempotency.clear()
    await ctx.dispatcher.reset()
    return { ok: true }
  }),
  post('/payment_intents/:id/succeed', (input) => transitions.succeed(input.ctx, intent(input), null)),
  post('/payment_intents/:id/fail', (input) => {
    const json = body.object(input.body)
    const code = body.string(json, 'code') ?? 'card_declined'
    return transitions.fail(input.ctx, intent(input), null, {
      code,
      decline_code: body.string(json, 'decline_code') ?? (code === 'card_declined' ? 'generic_decline' : code),
      message: body.string(json, 'message') ?? 'Your card was declined.',
    })
  }),
  post('/payment_intents/:id/process', (input) => transitions.process(input.ctx, intent(input), null)),
  post('/payment_intents/:id/require_action', (input) =>
    transitions.requireAction(input.ctx, intent(input), null, body.string(body.object(input.body), 'return_url') ?? null)),
  post('/payment_intents/:id/cancel', (input) => {
    const reason = body.string(body.object(input.body), 'cancellation_reason', ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'])
    return transitions.cancel(input.ctx, intent(input), null, reason ?? null)
  }),
  post('/payment_intents/:id/dispute', (input) => {
    const json = body.object(input.body)
    return disputeActions.open(input.ctx, intent(input), { reason: body.string(json, 'reason'), amount: body.number(json, 'amount') })
  }),
  post('/disputes/:id/close', ({ ctx, body: input, pathParams }) => {
    const status = body.string(body.object(input), 'status', ['won', 'lost'])
    if (!status) throw StripeError.invalid('status must be won or lost', { param: 'status' })
    return disputeActions.close(ctx, ctx.store.dispute(pathParams.id), status)
  }),
  post('/refunds/:id/succeed', ({ ctx, pathParams }) => refundActions.settle(ctx, ctx.store.refund(pathParams.id), 'succeeded')),
  post('/refunds/:id/fail', ({ ctx, body: input, pathParams }) =>
    refundActions.settle(ctx, ctx.store.refund(pathParams.id), 'failed', body.string(body.object(input), 'failure_reason'))),
  post('/webhooks/flush', ({ ctx, body: input }) => {
    const json = body.object(input)
    const order = body.string(json, 'order', ['fifo', 'reverse', 'shuffle'])
    return { flushed: ctx.dispatcher.flush(order, body.boolean(json, 'duplicate')) }
  }),
  post('/webhooks/wait', async ({ ctx, body: input }) => {
    const timeoutMs = body.number(body.object(input), 'timeoutMs') ?? 10_000
    if (await ctx.dispatcher.waitForIdle(timeoutMs)) return { idle: true, ...ctx.dispatcher.counts() }
    throw new StripeError(408, { type: 'api_error', message: `Webhook deliveries still in progress after ${timeoutMs}ms` }, false)
  }),
  post('/events/:id/deliver', async ({ ctx, body: input, pathParams }) => {
    const json = body.object(input)
    if (!ctx.config.webhookUrl) throw StripeError.invalid('No webhookUrl is configured', { param: 'webhookUrl' })
    return ctx.dispatcher.deliverNow(ctx.store.event(pathParams.id), {
      timestampOffsetSeconds: body.number(json, 'timestampOffsetSeconds'),
      retries: body.number(json, 'retries'),
    })
  }),
]
