import { percentBasisPoints } from '../../domain/pricing/percentBasisPoints'
import { PROMO_CODE_PATTERN } from '../../domain/promo/normalizePromoCode'

type PromoFields = {
  amountPerSeat?: null | number
  code?: null | string
  currency?: null | string
  kind?: null | string
  maxSeats?: null | number
  percent?: null | number
  validFrom?: null | string
  validUntil?: null | string
}

const present = (value: unknown) => value !== null && value !== undefined && value !== ''

/** The rules a promo code's fields obey together, as `{ path, message }` errors (none when valid). */
export const validatePromoRules = (code: PromoFields): { message: string; path: string }[] => {
  const errors: { message: string; path: string }[] = []
  const add = (path: string, message: string) => errors.push({ message, path })
  if (typeof code.code !== 'string' || !PROMO_CODE_PATTERN.test(code.code.trim().toUpperCase())) {
    add('code', 'A code is 3 to 32 characters: letters A–Z, digits and dashes.')
  }
  if (code.kind === 'FIXED_PER_SEAT') {
    if (!present(code.amountPerSeat) || !Number.isSafeInteger(code.amountPerSeat) || (code.amountPerSeat as number) <= 0) {
      add('amountPerSeat', 'A fixed code takes a positive amount off each seat.')
    }
    if (!present(code.currency)) add('currency', 'A fixed amount needs its currency.')
  } else {
    const basisPoints = percentBasisPoints(code.percent)
    if (basisPoints === null || basisPoints <= 0 || basisPoints > 10_000) {
      add('percent', 'The percentage is above 0 and at most 100, with at most two decimals.')
    }
  }
  if (present(code.maxSeats) && (!Number.isSafeInteger(code.maxSeats) || (code.maxSeats as number) < 1)) {
    add('maxSeats', 'The seat limit is a whole number of at least 1, or empty for no limit.')
  }
  if (present(code.validFrom) && present(code.validUntil) && new Date(code.validFrom as string) >= new Date(code.validUntil as string)) {
    add('validUntil', 'The end of validity comes after its start.')
  }
  return errors
}
