import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../db/core/withTransaction'
import { eraseExpiredWaitlistRows } from '../../db/privacy/eraseExpiredWaitlistRows'
import { lockExpiredBookings } from '../../db/privacy/lockExpiredBookings'
import type { PaymentGateway } from '../../payments/types'
import { writeAuditEntry } from '../audit/writeAuditEntry'
import { deleteProviderCustomers } from './deleteProviderCustomers'
import { eraseBookings } from './eraseBookings'
import type { ErasureCounts } from './erasureSteps'

type Args = { batchSize?: number; gateway: null | PaymentGateway; maxBatches?: number; req: PayloadRequest; retentionMonths: number }

/**
 * The retention rule: bookings whose event ended more than `retentionMonths` ago lose their
 * personal data the way an erasure takes it (operations/privacy/erasureSteps), and so do the
 * waiting-list entries of those events (in the first batch), in batches of
 * `batchSize`, each its own transaction with its own `privacy.retention` audit entry — a run
 * that finds nothing records that too. Their payment provider's customers are deleted when no
 * other booking still needs them.
 */
export const eraseExpiredBookings = async ({ batchSize = 200, gateway, maxBatches = 50, req, retentionMonths }: Args): Promise<ErasureCounts> => {
  const total: ErasureCounts = { attendees: 0, bookings: 0, waitlistEntries: 0 }
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const { counts, customers, found } = await withTransaction(req, async () => {
      const bookingIds = await lockExpiredBookings(req, retentionMonths, batchSize)
      if (!bookingIds.length && batch > 0) return { counts: null, customers: [], found: 0 }
      const result = await eraseBookings(req, { bookingIds, email: null })
      // The first batch also erases the waiting-list entries of those events.
      if (batch === 0) result.counts.waitlistEntries += await eraseExpiredWaitlistRows(req, retentionMonths)
      await writeAuditEntry(req, { action: 'privacy.retention', details: { ...result.counts, bookingIds, providerCustomers: result.customers.length, retentionMonths } })
      return { ...result, found: bookingIds.length }
    })
    if (counts) for (const key of Object.keys(total) as Array<keyof ErasureCounts>) total[key] += counts[key]
    await deleteProviderCustomers(req, gateway, customers)
    if (found < batchSize) break
  }
  return total
}
