'use client'
import { StatusBadge } from '../StatusBadge/index.client'

/** A ledger row's Stripe status in the list, translated ("Réussi", "Succeeded"). */
export const LedgerStatusCell = ({ cellData }: { cellData?: unknown }) => <StatusBadge kind="ledger" value={typeof cellData === 'string' ? cellData : null} />
