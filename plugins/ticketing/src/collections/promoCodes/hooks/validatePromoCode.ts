import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { readPromoSeatsUsed } from '../../../db/promo/readPromoSeatsUsed'
import { validatePromoRules } from '../validatePromoRules'

/**
 * Refuses a code whose fields contradict each other, field by field (validatePromoRules), and a
 * seat limit below the seats it already discounts (the database's CHECK would refuse it anyway;
 * this says why, on the field).
 */
export const validatePromoCode: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors = validatePromoRules(merged)
  if (originalDoc?.id && typeof merged.maxSeats === 'number') {
    const used = await readPromoSeatsUsed(req, originalDoc.id)
    if (merged.maxSeats < used) errors.push({ message: `This code already discounts ${used} seats: the limit cannot be lower.`, path: 'maxSeats' })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
