'use client'
import { Button, useTranslation } from '@payloadcms/ui'

/** "Export CSV" above the invoices list: the accountant's export of every invoice and credit note. */
export const ExportInvoicesButton = () => {
  const { t } = useTranslation()
  const label = (key: string) => (t as unknown as (key: string) => string)(`plugin-ticketing:${key}`)
  const download = (delimiter: ',' | ';') => {
    window.location.href = `/api/ticketing/exports/invoices.csv?delimiter=${encodeURIComponent(delimiter)}`
  }
  return (
    <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginBottom: 12 }}>
      <Button buttonStyle="secondary" margin={false} onClick={() => download(',')} size="medium">
        {label('invoicesExport')}
      </Button>
      <Button buttonStyle="secondary" margin={false} onClick={() => download(';')} size="medium">
        {label('invoicesExportExcel')}
      </Button>
    </div>
  )
}
