import { describe, expect, it } from 'vitest'

import { toPaymentAction } from './toPaymentAction'

const event = (type: string, object: Record<string, unknown>) => ({ data: { object }, type }) as never

describe('toPaymentAction', () => {
  it.each(['payment_intent.succeeded', 'payment_intent.processing', 'payment_intent.payment_failed', 'payment_intent.canceled'])(
    'maps %s to a payment action on the PaymentIntent',
    (type) => {
      expect(toPaymentAction(event(type, { id: 'pi_1', object: 'payment_intent' }))).toEqual({ paymentIntentId: 'pi_1', type: 'payment' })
    },
  )

  it.each(['charge.refunded', 'refund.created', 'refund.updated', 'refund.failed'])('maps %s to a refund action (string or expanded PaymentIntent)', (type) => {
    expect(toPaymentAction(event(type, { id: 'x', payment_intent: 'pi_2' }))).toEqual({ paymentIntentId: 'pi_2', type: 'refund' })
    expect(toPaymentAction(event(type, { id: 'x', payment_intent: { id: 'pi_3' } }))).toEqual({ paymentIntentId: 'pi_3', type: 'refund' })
  })

  it('ignores a refund event without a PaymentIntent', () => {
    expect(toPaymentAction(event('charge.refunded', { id: 'ch_1', payment_intent: null }))).toEqual({ type: 'ignored' })
  })

  it.each(['charge.dispute.created', 'charge.dispute.closed'])('maps %s to a dispute action', (type) => {
    expect(toPaymentAction(event(type, { id: 'du_1', payment_intent: 'pi_4' }))).toEqual({ disputeId: 'du_1', paymentIntentId: 'pi_4', type: 'dispute' })
  })

  it.each(['customer.created', 'payment_intent.created', 'charge.succeeded', 'invoice.paid'])('ignores %s', (type) => {
    expect(toPaymentAction(event(type, { id: 'x' }))).toEqual({ type: 'ignored' })
  })
})
