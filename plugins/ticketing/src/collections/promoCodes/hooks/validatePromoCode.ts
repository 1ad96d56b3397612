import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { validatePromoRules } from '../validatePromoRules'

/** Refuses a code whose fields contradict each other, field by field (validatePromoRules). */
export const validatePromoCode: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors = validatePromoRules(merged)
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
