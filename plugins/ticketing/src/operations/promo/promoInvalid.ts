import { promoInvalidMessage } from '../../domain/promo/promoInvalidMessage'
import type { PromoInvalidReason } from '../../domain/promo/types'
import { ERROR_CODES, TicketingError } from '../../errors'

/** 409 PROMO_INVALID with its machine-readable `details.reason`. */
export const promoInvalid = (reason: PromoInvalidReason) =>
  new TicketingError(ERROR_CODES.PROMO_INVALID, 409, promoInvalidMessage(reason), { reason })
