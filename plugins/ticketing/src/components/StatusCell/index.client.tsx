'use client'
import { StatusBadge } from '../StatusBadge/index.client'

/** A booking's or payment's status in a list column, as a translated badge. */
export const StatusCell = ({ cellData }: { cellData?: unknown }) => <StatusBadge value={typeof cellData === 'string' ? cellData : null} />
