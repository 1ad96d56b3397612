'use client'
import { Button } from '@payloadcms/ui'

import { useTicketingTranslation } from '../../translations/useTicketingTranslation'
import { exportUrl } from './exportUrl'

/** "Export CSV" above the bookings list: downloads the finance export with the list's current filters. */
export const ExportCsvButton = () => {
  const { tr } = useTicketingTranslation()
  const download = (delimiter: ',' | ';') => {
    window.location.href = exportUrl(window.location.search, delimiter)
  }
  return (
    <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginBottom: 12 }}>
      <Button buttonStyle="secondary" margin={false} onClick={() => download(',')} size="medium">
        {tr('exportCsv')}
      </Button>
      <Button buttonStyle="secondary" margin={false} onClick={() => download(';')} size="medium">
        {tr('exportCsvExcel')}
      </Button>
    </div>
  )
}
