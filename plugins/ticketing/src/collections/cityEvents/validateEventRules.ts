import { percentBasisPoints } from '../../domain/pricing/percentBasisPoints'

export type EventRulesInput = {
  capacity?: null | number
  earlyBirdDeadline?: Date | null | string
  earlyBirdPrice?: null | number
  endsAt?: Date | null | string
  groupDiscountPercent?: null | number
  groupMinimum?: null | number
  holdMinutes?: null | number
  maxPerBooking?: null | number
  regularPrice?: null | number
  salesCloseAt?: Date | null | string
  salesOpenAt?: Date | null | string
  seller?: null | number | string | { id: number | string }
  startsAt?: Date | null | string
  status?: null | string
  timezone?: null | string
}

export type RuleViolation = { message: string; path: string }

const present = (value: unknown) => value !== null && value !== undefined && value !== ''
const time = (value: Date | null | string | undefined) => (present(value) ? new Date(value as string).getTime() : NaN)

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Cross-field rules of a city event. Pure: returns every violation with its field path. */
export const validateEventRules = (event: EventRulesInput): RuleViolation[] => {
  const errors: RuleViolation[] = []
  const add = (path: string, message: string) => errors.push({ message, path })
  const { earlyBirdDeadline, earlyBirdPrice, groupDiscountPercent, groupMinimum, regularPrice } = event

  if (present(earlyBirdPrice) !== present(earlyBirdDeadline)) {
    add(present(earlyBirdPrice) ? 'earlyBirdDeadline' : 'earlyBirdPrice', 'Set both the early-bird price and its deadline, or neither.')
  }
  if (present(earlyBirdPrice) && present(regularPrice) && (earlyBirdPrice as number) >= (regularPrice as number)) {
    add('earlyBirdPrice', 'The early-bird price must be lower than the regular price.')
  }
  if (present(groupMinimum) !== present(groupDiscountPercent)) {
    add(present(groupMinimum) ? 'groupDiscountPercent' : 'groupMinimum', 'Set both the group minimum and the group discount, or neither.')
  }
  if (present(groupMinimum) && (!Number.isInteger(groupMinimum) || (groupMinimum as number) < 2)) {
    add('groupMinimum', 'A group is at least 2 seats.')
  }
  if (present(groupDiscountPercent)) {
    const basisPoints = percentBasisPoints(groupDiscountPercent)
    if (basisPoints === null || basisPoints < 1 || basisPoints > 10_000) {
      add('groupDiscountPercent', 'The group discount is a percentage above 0 and at most 100, with at most two decimals.')
    }
  }
  if (present(event.capacity) && (!Number.isInteger(event.capacity) || (event.capacity as number) < 1)) {
    add('capacity', 'Capacity must be a whole number of seats, at least 1.')
  }
  if (present(event.holdMinutes) && (!Number.isInteger(event.holdMinutes) || (event.holdMinutes as number) < 1 || (event.holdMinutes as number) > 120)) {
    add('holdMinutes', 'A hold lasts from 1 to 120 minutes.')
  }
  if (present(event.maxPerBooking) && (!Number.isInteger(event.maxPerBooking) || (event.maxPerBooking as number) < 1)) {
    add('maxPerBooking', 'The maximum per booking is a whole number, at least 1.')
  }
  if (present(event.endsAt) && time(event.endsAt) <= time(event.startsAt)) {
    add('endsAt', 'The event must end after it starts.')
  }
  if (present(event.salesOpenAt) && present(event.salesCloseAt) && time(event.salesCloseAt) <= time(event.salesOpenAt)) {
    add('salesCloseAt', 'Sales must close after they open.')
  }
  if (present(event.timezone) && !isTimeZone(event.timezone as string)) {
    add('timezone', 'Use an IANA time zone such as Europe/Paris or America/Toronto.')
  }
  // A paid event issues invoices: it is published only once it names the entity that sells (collections/sellers).
  const paid = (regularPrice ?? 0) > 0 || (earlyBirdPrice ?? 0) > 0
  if (event.status === 'PUBLISHED' && paid && !present(event.seller)) {
    add('seller', 'A paid event needs a seller (the legal entity on its invoices) before it is published.')
  }
  return errors
}
