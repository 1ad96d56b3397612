'use client'
import { useListQuery } from '@payloadcms/ui'

import { BOOKING_STATUSES } from '../../domain/bookingStatus'
import { formatDateTime } from '../../domain/formatDateTime'
import { PAYMENT_STATUSES } from '../../domain/paymentStatus'
import { valueLabel } from '../../translations/translator'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'
import { quickFiltersWhere, readQuickFilters, type QuickFilters } from '../BookingFilters/quickFilters'

type Props = { events: { id: string; startsAt: null | string; title: string }[] }

const select = { minWidth: 200, padding: '6px 10px' } as const

/** The bookings list's filters by event, status and payment: one choice each, kept in the list's address. */
export const BookingFiltersBar = ({ events }: Props) => {
  const { language, tr } = useTicketingTranslation()
  const { query, refineListData } = useListQuery()
  const current = readQuickFilters(query?.where)
  const change = (key: keyof QuickFilters, value: string) => void refineListData({ page: 1, where: quickFiltersWhere({ ...current, [key]: value }) as never })
  return (
    <div className="booking-filters" role="search" style={{ alignItems: 'flex-end', display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 12 }}>
      <label style={{ display: 'grid', gap: 4 }}>
        <span>{tr('filterEvent')}</span>
        <select onChange={(event) => change('event', event.target.value)} style={select} value={current.event}>
          <option value="">{tr('filterAll')}</option>
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.startsAt ? `${event.title} · ${formatDateTime(event.startsAt, language).split(',')[0]}` : event.title}
            </option>
          ))}
        </select>
      </label>
      <label style={{ display: 'grid', gap: 4 }}>
        <span>{tr('filterStatus')}</span>
        <select onChange={(event) => change('status', event.target.value)} style={select} value={current.status}>
          <option value="">{tr('filterAll')}</option>
          {BOOKING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {valueLabel(tr, 'status_', status)}
            </option>
          ))}
        </select>
      </label>
      <label style={{ display: 'grid', gap: 4 }}>
        <span>{tr('filterPaymentStatus')}</span>
        <select onChange={(event) => change('paymentStatus', event.target.value)} style={select} value={current.paymentStatus}>
          <option value="">{tr('filterAll')}</option>
          {PAYMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {valueLabel(tr, 'status_', status)}
            </option>
          ))}
        </select>
      </label>
      <small style={{ color: 'var(--theme-elevation-500)', paddingBottom: 8 }}>{tr('filterSearchHint')}</small>
    </div>
  )
}
