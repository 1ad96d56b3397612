'use client'
import { useEffect, useState } from 'react'

import { formatDateTime } from '../../domain/formatDateTime'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'

/**
 * A date and time in the admin's language and the browser's time zone, like Payload's own date
 * fields on the same page. The server renders it in UTC; the browser's zone replaces it once
 * mounted (so the first render matches the server's).
 */
export const LocalDateTime = ({ value }: { value: null | string | undefined }) => {
  const { language } = useTicketingTranslation()
  const [zone, setZone] = useState<string>('UTC')
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), [])
  if (!value) return <span>—</span>
  return <time dateTime={value}>{formatDateTime(value, language, zone)}</time>
}
