import { createLocalReq, type Payload } from 'payload'

import { claimWebhookEvents } from '../../db/webhooks/webhookEvents'
import type { PaymentGateway } from '../../payments/types'
import { handleWebhookEvent } from './handleWebhookEvent'

/** How long a claimed event stays this worker's before another may take it (a worker that died). */
export const WEBHOOK_LEASE_SECONDS = 120

export type DrainResult = { claimed: string[]; duplicate: number; failed: number; processed: number }

/**
 * One drain of the stored webhook events by this caller, until none is due: `lanes` loops side
 * by side, each claiming a few events at a time (FOR UPDATE SKIP LOCKED, so drainers in this
 * process or in others never take the same one) and processing them one after the other, each
 * in its own transaction. Not coalesced: the in-process worker (webhookWorker) calls it.
 */
export const drainWebhookQueue = async ({
  batchSize = 10,
  beforeBatch,
  gateway,
  lanes = 4,
  payload,
}: {
  batchSize?: number
  /** Awaited before each claim (the in-process worker waits there for a lull in deliveries). */
  beforeBatch?: () => Promise<void>
  gateway: PaymentGateway
  lanes?: number
  payload: Payload
}): Promise<DrainResult> => {
  const result: DrainResult = { claimed: [], duplicate: 0, failed: 0, processed: 0 }
  const base = { payload, transactionID: undefined }
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (;;) {
        if (beforeBatch) await beforeBatch()
        const batch = await claimWebhookEvents(base, batchSize, WEBHOOK_LEASE_SECONDS)
        if (!batch.length) return
        for (const event of batch) {
          result.claimed.push(event.eventId)
          const outcome = await handleWebhookEvent({ event, gateway, req: await createLocalReq({}, payload) })
          result[outcome] += 1
        }
      }
    }),
  )
  return result
}
