'use client'
import { formatMoney } from '../../domain/formatMoney'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'

type Props = { cellData?: unknown; rowData?: Record<string, unknown> }

/** A minor-unit amount in a list column, in the row's currency and the admin's language ("1 170,00 €", "€1,170.00"). */
export const MoneyCell = ({ cellData, rowData }: Props) => {
  const { language } = useTicketingTranslation()
  if (typeof cellData !== 'number') return <span>—</span>
  const currency = typeof rowData?.currency === 'string' && rowData.currency ? rowData.currency : 'EUR'
  return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatMoney(cellData, currency, language)}</span>
}
