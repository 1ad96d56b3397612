'use client'
import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { TRANSLATION_NAMESPACE } from '../../translations'
import type { TicketingTranslationKey } from '../../translations/languages/en'

/**
 * "Issue certificates now" on an event (on the check-ins recorded so far, to those who meet
 * its rule), or "Issue a certificate" on an attendee (attendance confirmed otherwise; the
 * server records it in the audit log). Behind a confirm dialog; the answer in a toast.
 */
export const IssueCertificatesButton = ({ mode }: { mode: 'attendee' | 'event' }) => {
  const { id } = useDocumentInfo()
  const { t } = useTranslation()
  const tr = (key: TicketingTranslationKey, vars?: Record<string, unknown>) => (t as unknown as (k: string, v?: object) => string)(`${TRANSLATION_NAMESPACE}:${key}`, vars)
  const eventField = useFormFields(([fields]) => fields.cityEvent?.value) as { id?: number | string } | null | number | string | undefined
  const [busy, setBusy] = useState(false)
  const eventId = mode === 'event' ? id : typeof eventField === 'object' && eventField ? eventField.id : eventField
  if (!id || !eventId) return null

  const issue = async () => {
    if (busy || !window.confirm(tr(mode === 'event' ? 'issueCertificatesConfirm' : 'issueCertificateConfirm'))) return
    setBusy(true)
    try {
      const response = await fetch(`/api/ticketing/events/${encodeURIComponent(String(eventId))}/certificates`, {
        body: JSON.stringify(mode === 'attendee' ? { attendeeId: Number(id) } : {}),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const data = await response.json().catch(() => ({}))
      if (!response.ok) throw new Error(data?.error?.message ?? String(response.status))
      toast.success(tr('certificatesIssued', { issued: data.issued, notEligible: data.notEligible }))
    } catch (error) {
      toast.error(tr('checkInError', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="secondary" disabled={busy} onClick={() => void issue()} size="medium">
      {tr(mode === 'event' ? 'issueCertificates' : 'issueCertificate')}
    </Button>
  )
}
