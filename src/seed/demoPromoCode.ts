import type { Payload } from 'payload'

type Log = (line: string) => void

/** The demo's promo code: 10 % off every event, early bird included, for its first 20 seats. */
export const DEMO_PROMO_CODE = 'BIENVENUE10'

/** Creates the demo promo code where it is missing. */
export const demoPromoCode = async (payload: Payload, log: Log): Promise<void> => {
  const found = await payload.count({ collection: 'promo-codes', where: { code: { equals: DEMO_PROMO_CODE } } })
  if (found.totalDocs) return
  await payload.create({
    collection: 'promo-codes',
    data: { active: true, code: DEMO_PROMO_CODE, combinesWithEarlyBird: true, kind: 'PERCENT', maxSeats: 20, percent: 10 },
  })
  log(`[seed] promo code ${DEMO_PROMO_CODE} (10 % off, 20 seats)`)
}
