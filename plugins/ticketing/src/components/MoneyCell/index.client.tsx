'use client'
import { formatDecimal } from '../../domain/formatDecimal'

type Props = { cellData?: unknown; rowData?: Record<string, unknown> }

/** A minor-unit amount in a list column, shown as a decimal in the row's currency. */
export const MoneyCell = ({ cellData, rowData }: Props) => {
  if (typeof cellData !== 'number') return <span>—</span>
  const currency = typeof rowData?.currency === 'string' && rowData.currency ? rowData.currency : 'EUR'
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatDecimal(cellData, currency)} {currency}
    </span>
  )
}
