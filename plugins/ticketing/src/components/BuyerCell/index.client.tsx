'use client'

type Props = { cellData?: unknown }

/** The bookings list's "Buyer" column: the buyer's name, their email beneath (when the viewer may read it). */
export const BuyerCell = ({ cellData }: Props) => {
  const buyer = (cellData ?? {}) as { email?: string; name?: string }
  if (!buyer.name && !buyer.email) return <span>—</span>
  return (
    <span style={{ display: 'grid' }}>
      <span>{buyer.name}</span>
      {buyer.email ? <small style={{ color: 'var(--theme-elevation-500)' }}>{buyer.email}</small> : null}
    </span>
  )
}
