'use client'
import { Pill } from '@payloadcms/ui'

import { valueLabel } from '../../translations/translator'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'

type PillStyle = 'error' | 'light-gray' | 'success' | 'warning'

/** How each booking, payment, email or ledger state looks: green when settled well, amber while open, red when it went wrong. */
const STYLES: Record<string, PillStyle> = {
  CANCELLED: 'light-gray',
  CONFIRMED: 'success',
  DISPUTED: 'error',
  EXPIRED: 'light-gray',
  FAILED: 'error',
  PAID: 'success',
  PARTIALLY_REFUNDED: 'warning',
  PENDING: 'warning',
  PROCESSING: 'warning',
  QUEUED: 'warning',
  REFUNDED: 'light-gray',
  SENT: 'success',
  SKIPPED: 'light-gray',
  canceled: 'light-gray',
  failed: 'error',
  lost: 'error',
  pending: 'warning',
  processing: 'warning',
  succeeded: 'success',
  won: 'success',
}

type Props = { kind?: 'ledger' | 'status'; value: null | string | undefined }

/** A status as a translated badge: `status_<VALUE>` for bookings, payments and emails, `ledger_<status>` for Stripe's. */
export const StatusBadge = ({ kind = 'status', value }: Props) => {
  const { tr } = useTicketingTranslation()
  if (!value) return <span>—</span>
  return (
    <span className="ticketing-badge" data-status={value}>
      <Pill pillStyle={STYLES[value] ?? 'light-gray'} rounded size="small">
        {valueLabel(tr, kind === 'ledger' ? 'ledger_' : 'status_', value)}
      </Pill>
    </span>
  )
}
