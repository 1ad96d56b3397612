'use client'
import { Button, toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRef, useState } from 'react'

import { currencyDecimals } from '../../domain/currencyDecimals'
import { parseDecimal } from '../../domain/parseDecimal'

type Field = { value?: unknown }

const post = async (url: string, body?: object, headers: Record<string, string> = {}) => {
  const send = () =>
    fetch(url, {
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', ...headers },
      method: 'POST',
    })
  // With an Idempotency-Key, a request that got no answer is safely sent once more.
  let response = await send().catch((error: unknown) => (headers['Idempotency-Key'] ? send() : Promise.reject(error)))
  if (response.status === 503 && headers['Idempotency-Key']) response = await send()
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(data?.error?.message ?? `Request failed (${response.status})`)
  return data
}

/** Staff actions on a booking's admin page: refund (full or partial) and resend the confirmation. */
export const BookingActions = () => {
  const { id } = useDocumentInfo()
  const [reference, paymentStatus, status, currency] = useFormFields(([fields]) =>
    ['reference', 'paymentStatus', 'status', 'currency'].map((name) => (fields?.[name] as Field | undefined)?.value as string | undefined),
  )
  const [busy, setBusy] = useState(false)
  // Set at once (state updates only show on the next render): a second click while one runs does nothing.
  const running = useRef(false)
  if (!id || !reference) return null
  const base = `/api/ticketing/bookings/${encodeURIComponent(reference)}`
  const refundable = paymentStatus === 'PAID' || paymentStatus === 'PARTIALLY_REFUNDED'

  const run = async (work: () => Promise<string>) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    try {
      toast.success(await work())
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error))
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  const refund = () =>
    run(async () => {
      const input = window.prompt(`Amount to refund in ${currency} (leave empty to refund everything left):`, '')
      if (input === null) return 'Refund cancelled.'
      const amount = input.trim() ? parseDecimal(input.trim().replace(',', '.'), currency ?? 'EUR') : undefined
      // One refund per submitted dialog: its key makes any resend of this submission the same refund.
      const key = crypto.randomUUID()
      const result = await post(`${base}/refund`, amount ? { amount, reason: 'requested_by_customer' } : { reason: 'requested_by_customer' }, { 'Idempotency-Key': key })
      return `Refund ${result.refundId} of ${(result.amount / 10 ** currencyDecimals(currency ?? 'EUR')).toFixed(currencyDecimals(currency ?? 'EUR'))} ${currency}: ${result.status}. The booking updates when Stripe confirms.`
    })

  const resend = () => run(async () => (await post(`${base}/resend-confirmation`), 'Confirmation email queued.'))

  return (
    <div style={{ display: 'flex', gap: 8 }}>
      <Button buttonStyle="secondary" disabled={busy || !refundable} margin={false} onClick={refund} size="medium">
        Refund…
      </Button>
      <Button buttonStyle="secondary" disabled={busy || status !== 'CONFIRMED'} margin={false} onClick={resend} size="medium">
        Resend confirmation
      </Button>
    </div>
  )
}
