/** How much harder the booking captcha gets while most of an event's remaining seats are held. */
export const HIGH_DEMAND_WORK_FACTOR = 10

/**
 * The captcha's work factor for an event: ×10 once more than half of the seats not yet sold
 * are held by unpaid bookings (someone may be hoarding them), else ×1.
 */
export const captchaWorkFactor = ({ held, remaining }: { held: number; remaining: number }): number =>
  remaining > 0 && held * 2 > remaining ? HIGH_DEMAND_WORK_FACTOR : 1
