'use client'
import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { TRANSLATION_NAMESPACE } from '../../translations'
import type { TicketingTranslationKey } from '../../translations/languages/en'

/**
 * On a waiting-list entry's admin page: "Offer free seats now" — offers the event's free seats
 * to its waiting list at once, in order, instead of waiting for the job (at most a minute).
 */
export const OfferNowAction = () => {
  const { id } = useDocumentInfo()
  const { t } = useTranslation()
  const tr = (key: TicketingTranslationKey, vars?: Record<string, unknown>) => (t as unknown as (k: string, v?: object) => string)(`${TRANSLATION_NAMESPACE}:${key}`, vars)
  const [busy, setBusy] = useState(false)
  // What the last press did, kept beside the button (the fields above were read before it).
  const [done, setDone] = useState<null | string>(null)
  if (!id) return null
  const offer = async () => {
    setBusy(true)
    try {
      const response = await fetch(`/api/ticketing/waitlist-entries/${encodeURIComponent(String(id))}/offer`, { credentials: 'include', method: 'POST' })
      const data = await response.json().catch(() => ({}))
      if (!response.ok) throw new Error(data?.error?.message ?? `Request failed (${response.status})`)
      const count = (data.offers ?? []).length
      if (count) toast.success(tr('offerNowDone', { count }))
      else toast.info(tr('offerNowNone'))
      setDone(count ? tr('offerNowDone', { count }) : tr('offerNowNone'))
    } catch (error) {
      toast.error(tr('offerNowFailed', { message: (error as Error).message }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void offer()} size="medium">
        {tr('offerNow')}
      </Button>
      {done ? <span role="status">{done}</span> : null}
    </>
  )
}
