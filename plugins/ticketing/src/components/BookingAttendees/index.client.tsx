'use client'
import { Button, toast } from '@payloadcms/ui'
import { useState } from 'react'

import { useTicketingTranslation } from '../../translations/useTicketingTranslation'

type Attendee = { email: null | string; id: number | string; name: string; position: number; ticketCode: null | string }
type Props = { apiRoute: string; attendees: Attendee[]; attendeesSlug: string; canEdit: boolean; showCodes: boolean }

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 10px', textAlign: 'left', verticalAlign: 'middle' } as const

/**
 * A booking's attendees in seat order on its page. Finance and admins correct a name in place
 * (saved through Payload's REST API, so the attendee's access rules and audit entry apply) and
 * see emails and ticket codes; others see the names only.
 */
export const BookingAttendees = ({ apiRoute, attendees, attendeesSlug, canEdit, showCodes }: Props) => {
  const { tr } = useTicketingTranslation()
  const [names, setNames] = useState<Record<string, string>>(() => Object.fromEntries(attendees.map((a) => [a.id, a.name])))
  const [saved, setSaved] = useState<Record<string, string>>(() => Object.fromEntries(attendees.map((a) => [a.id, a.name])))
  const [busy, setBusy] = useState<null | number | string>(null)

  const save = async (id: number | string) => {
    const name = names[id]?.trim() ?? ''
    if (!name) return toast.error(tr('attendeeNameRequired'))
    setBusy(id)
    try {
      const response = await fetch(`${apiRoute}/${attendeesSlug}/${id}`, { body: JSON.stringify({ name }), credentials: 'include', headers: { 'Content-Type': 'application/json' }, method: 'PATCH' })
      const data = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      if (!response.ok) throw new Error(data.errors?.[0]?.message ?? tr('requestFailed', { status: response.status }))
      setSaved((current) => ({ ...current, [id]: name }))
      toast.success(tr('attendeeSaved'))
    } catch (error) {
      toast.error(tr('actionFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      setBusy(null)
    }
  }

  return (
    <section aria-labelledby="booking-attendees" style={{ borderTop: '1px solid var(--theme-elevation-100)', paddingTop: 16 }}>
      <h3 id="booking-attendees">{tr('bookingAttendees')}</h3>
      {attendees.length === 0 ? (
        <p>{tr('bookingAttendeesNone')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{tr('position')}</th>
              <th style={cell}>{tr('name')}</th>
              {showCodes ? <th style={cell}>{tr('email')}</th> : null}
              {showCodes ? <th style={cell}>{tr('ticketCode')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {attendees.map((attendee) => (
              <tr data-attendee={attendee.position} key={attendee.id}>
                <td style={cell}>{attendee.position}</td>
                <td style={cell}>
                  {canEdit ? (
                    <form
                      onSubmit={(event) => {
                        event.preventDefault()
                        void save(attendee.id)
                      }}
                      style={{ alignItems: 'center', display: 'flex', gap: 8 }}
                    >
                      <input
                        aria-label={`${tr('name')} ${attendee.position}`}
                        maxLength={200}
                        onChange={(event) => setNames((current) => ({ ...current, [attendee.id]: event.target.value }))}
                        style={{ flex: 1, minWidth: 160, padding: '4px 8px' }}
                        type="text"
                        value={names[attendee.id] ?? ''}
                      />
                      <Button buttonStyle="secondary" disabled={busy === attendee.id || names[attendee.id] === saved[attendee.id]} margin={false} size="small" type="submit">
                        {tr('attendeeSave')}
                      </Button>
                    </form>
                  ) : (
                    attendee.name
                  )}
                </td>
                {showCodes ? <td style={cell}>{attendee.email ?? '—'}</td> : null}
                {showCodes ? <td style={cell}>{attendee.ticketCode ? <code>{attendee.ticketCode}</code> : <em>{tr('ticketCodeNotYet')}</em>} </td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
