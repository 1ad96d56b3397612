import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { validateEventRules } from '../validateEventRules'

/** Rejects an event whose pricing, group, dates or time zone rules do not hold (merged with the stored doc). */
export const validateCityEvent =
  (slug: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req }) => {
    const errors = validateEventRules({ ...(originalDoc ?? {}), ...data })
    if (errors.length) throw new ValidationError({ collection: slug, errors, req })
    return data
  }
