import type { PayloadRequest } from 'payload'

import { findLedgerDisputes } from '../../db/payments/findLedgerDisputes'
import { withTransaction } from '../../db/core/withTransaction'
import type { DisputeState, PaymentGateway } from '../../payments/types'
import { settleDispute } from './settleDispute'

/**
 * Disputes a lost webhook left out of the ledger: every dispute opened in the window, and
 * every dispute the ledger still has open (its closing may come weeks later), is read from
 * Stripe and applied through settleDispute when the ledger differs. Returns the disputes repaired.
 */
export const reconcileDisputes = async ({ gateway, req, since }: { gateway: PaymentGateway; req: PayloadRequest; since: number }): Promise<DisputeState[]> => {
  const recent = await gateway.listRecentDisputes(since)
  const ledger = await findLedgerDisputes(req, recent.map((d) => d.id))
  const known = new Set(recent.map((d) => d.id))
  const stillOpen = [...ledger.keys()].filter((id) => !known.has(id))
  // One dispute Stripe cannot give back now is looked at again on the next run.
  const reread = await Promise.all(
    stillOpen.map((id) =>
      gateway.retrieveDispute(id).catch((error: unknown) => {
        req.payload.logger.warn({ disputeId: id, err: String(error) }, 'ticketing: could not re-read a dispute; reconciliation tries again next time')
        return null
      }),
    ),
  )
  const repaired: DisputeState[] = []
  for (const dispute of [...recent, ...reread]) {
    if (!dispute) continue
    if (ledger.get(dispute.id) === dispute.status) continue
    await withTransaction(req, () => settleDispute(req, dispute))
    repaired.push(dispute)
  }
  return repaired
}
