'use client'
import { Button, toast } from '@payloadcms/ui'
import { type FormEvent, useState } from 'react'

import { failureMessage, type Translate } from '../../translations/translator'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'

const failure = async (response: Response, tr: Translate) => failureMessage(tr, response.status, await response.json().catch(() => ({})))

/**
 * "Personal data" above the bookings list (admins): an address, then **Export as JSON**
 * (downloads everything held about it) or **Erase…** (behind a confirm dialog; answers how many
 * bookings, attendees and waiting-list entries were erased, or why not, e.g. a booking still to
 * come). Both are recorded in the audit log by the server.
 */
export const PrivacyActions = () => {
  const { tr } = useTicketingTranslation()
  const [email, setEmail] = useState('')
  const [busy, setBusy] = useState(false)
  const address = email.trim()

  const exportData = async () => {
    setBusy(true)
    try {
      const response = await fetch(`/api/ticketing/privacy/export?email=${encodeURIComponent(address)}`, { credentials: 'include' })
      if (!response.ok) throw new Error(await failure(response, tr))
      const link = document.createElement('a')
      link.href = URL.createObjectURL(await response.blob())
      link.download = `personal-data-${new Date().toISOString().slice(0, 10)}.json`
      link.click()
      URL.revokeObjectURL(link.href)
    } catch (error) {
      toast.error(tr('privacyFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(false)
    }
  }

  const erase = async (event: FormEvent) => {
    event.preventDefault()
    if (!address || !window.confirm(tr('privacyEraseConfirm', { email: address }))) return
    setBusy(true)
    try {
      const response = await fetch('/api/ticketing/privacy/erase', {
        body: JSON.stringify({ email: address }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (!response.ok) throw new Error(await failure(response, tr))
      toast.success(tr('privacyErased', await response.json()))
      setEmail('')
    } catch (error) {
      toast.error(tr('privacyFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form aria-label={tr('privacyTitle')} onSubmit={erase} style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
      <strong>{tr('privacyTitle')}</strong>
      <input
        aria-label={tr('privacyEmail')}
        autoComplete="off"
        className="privacy-actions__email"
        onChange={(e) => setEmail(e.target.value)}
        placeholder={tr('privacyEmail')}
        style={{ flex: '1 1 220px', maxWidth: 360, padding: '6px 10px' }}
        type="email"
        value={email}
      />
      <Button buttonStyle="secondary" disabled={busy || !address} margin={false} onClick={() => void exportData()} size="medium" type="button">
        {tr('privacyExport')}
      </Button>
      <Button buttonStyle="secondary" disabled={busy || !address} margin={false} size="medium" type="submit">
        {tr('privacyErase')}
      </Button>
    </form>
  )
}
