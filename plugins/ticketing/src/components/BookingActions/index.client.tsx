'use client'
import { Button, ConfirmationModal, toast, useModal } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { currencyDecimals } from '../../domain/currencyDecimals'
import { formatMoney } from '../../domain/formatMoney'
import { parseTypedAmount } from '../../domain/parseTypedAmount'
import { failureMessage } from '../../translations/translator'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'
import { postJson } from './postJson'

type Props = {
  amountRefunded: number
  currency: string
  email: string
  paid: number
  paymentStatus: string
  quantity: number
  reference: string
  status: string
}

const REFUNDABLE = ['PAID', 'PARTIALLY_REFUNDED']
const hint = { color: 'var(--theme-elevation-500)', fontSize: 12, margin: 0 } as const

/**
 * The actions on a booking (finance and admins), grouped on its page: refund (all that is left,
 * or an amount typed with a comma or a point), resend the confirmation, cancel a pending hold.
 * Each asks first, saying what will happen in money; a button that cannot apply says why.
 */
export const BookingActions = ({ amountRefunded, currency, email, paid, paymentStatus, quantity, reference, status }: Props) => {
  const { language, tr } = useTicketingTranslation()
  const { openModal } = useModal()
  const [text, setText] = useState('')
  // Marks the section once React runs it (what is typed before then would be lost).
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  // Set at once (state updates only show on the next render): a second confirmation while one runs does nothing.
  const running = useRef(false)
  const money = (minor: number) => formatMoney(minor, currency, language)
  const left = Math.max(0, paid - amountRefunded)
  const refundable = REFUNDABLE.includes(paymentStatus) && left > 0
  const base = `/api/ticketing/bookings/${encodeURIComponent(reference)}`
  const slug = (action: string) => `booking-${action}-${reference}`

  let amount: null | number = left
  if (text.trim()) {
    try {
      amount = parseTypedAmount(text, currency)
    } catch {
      amount = null
    }
  }
  const amountValid = amount !== null && amount > 0 && amount <= left

  const run = async (work: () => Promise<string>) => {
    if (running.current) return
    running.current = true
    try {
      toast.success(await work())
    } catch (error) {
      toast.error(tr('actionFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      running.current = false
    }
  }
  const send = async (path: string, body: object, key?: string) => {
    const { data, ok, status: code } = await postJson(`${base}/${path}`, body, key)
    if (!ok) throw new Error(failureMessage(tr, code, data))
    return data as Record<string, any>
  }

  const refund = () =>
    run(async () => {
      const full = amount === left
      // One refund per confirmed dialog: its key makes any resend of this submission the same refund.
      const result = await send('refund', full && !text.trim() ? { reason: 'requested_by_customer' } : { amount, reason: 'requested_by_customer' }, crypto.randomUUID())
      setText('')
      return tr('actionRefundDone', { amount: money(result.amount), id: result.refundId, status: result.status })
    })
  const resend = () => run(async () => (await send('resend-confirmation', {}), tr('actionResendDone')))
  const cancel = () =>
    run(async () => {
      await send('cancel', {})
      window.location.reload()
      return tr('actionCancelDone')
    })

  const willRefund = amountValid ? (amount === left && amountRefunded + amount! >= paid ? tr('actionRefundWillFull', { amount: money(amount!) }) : tr('actionRefundWillPartial', { amount: money(amount!), kept: money(paid - amountRefunded - amount!) })) : ''

  return (
    <section aria-labelledby="booking-actions" className="booking-actions" data-ready={ready || undefined} style={{ borderTop: '1px solid var(--theme-elevation-100)', display: 'grid', gap: 12, paddingTop: 16 }}>
      <h3 id="booking-actions" style={{ margin: 0 }}>
        {tr('actionsTitle')}
      </h3>
      <div style={{ alignItems: 'flex-end', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <label style={{ display: 'grid', gap: 4 }}>
          <span>{tr('actionRefundAmount', { currency })}</span>
          <input
            aria-invalid={!amountValid && refundable}
            disabled={!refundable}
            inputMode="decimal"
            onChange={(event) => setText(event.target.value)}
            placeholder={refundable ? money(left) : ''}
            style={{ padding: '6px 10px', width: 160 }}
            type="text"
            value={text}
          />
        </label>
        <Button buttonStyle="secondary" disabled={!refundable || !amountValid} margin={false} onClick={() => openModal(slug('refund'))} size="medium" tooltip={refundable ? undefined : tr('actionNotRefundable')}>
          {tr('actionRefund')}
        </Button>
        <Button buttonStyle="secondary" disabled={status !== 'CONFIRMED'} margin={false} onClick={() => openModal(slug('resend'))} size="medium" tooltip={status === 'CONFIRMED' ? undefined : tr('actionNotResendable')}>
          {tr('actionResend')}
        </Button>
        <Button buttonStyle="error" disabled={status !== 'PENDING'} margin={false} onClick={() => openModal(slug('cancel'))} size="medium" tooltip={status === 'PENDING' ? undefined : tr('actionNotCancellable')}>
          {tr('actionCancel')}
        </Button>
      </div>
      <p style={hint}>
        {refundable
          ? amountValid
            ? `${tr('actionRefundAmountHint', { left: money(left) })} ${willRefund}`
            : tr('actionRefundInvalid', { decimals: currencyDecimals(currency), left: money(left) })
          : tr('actionNotRefundable')}
      </p>
      <ConfirmationModal
        body={
          <>
            <p>{tr('actionRefundBody', { left: money(left), paid: money(paid), refunded: money(amountRefunded) })}</p>
            <p>
              <strong>{willRefund}</strong>
            </p>
          </>
        }
        cancelLabel={tr('actionBack')}
        confirmLabel={amountValid ? tr('actionRefundConfirm', { amount: money(amount!) }) : tr('actionRefund')}
        heading={tr('actionRefundHeading', { reference })}
        modalSlug={slug('refund')}
        onConfirm={refund}
      />
      <ConfirmationModal
        body={<p>{tr('actionResendBody', { email })}</p>}
        cancelLabel={tr('actionBack')}
        confirmLabel={tr('actionResend')}
        heading={tr('actionResendHeading', { reference })}
        modalSlug={slug('resend')}
        onConfirm={resend}
      />
      <ConfirmationModal
        body={<p>{tr('actionCancelBody', { count: quantity })}</p>}
        cancelLabel={tr('actionBack')}
        confirmLabel={tr('actionCancel')}
        heading={tr('actionCancelHeading', { reference })}
        modalSlug={slug('cancel')}
        onConfirm={cancel}
      />
    </section>
  )
}
