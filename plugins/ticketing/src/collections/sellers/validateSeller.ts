import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { sellerProblems } from '../../domain/documents/sellerProblems'

/** Refuses a seller whose taxes, exemption text, prefixes, country or time zone would make a wrong invoice. */
export const validateSeller: CollectionBeforeValidateHook = ({ collection, data, originalDoc }) => {
  const seller = { ...originalDoc, ...data }
  const problems = sellerProblems(seller)
  if (problems.length) {
    throw new ValidationError({ collection: collection.slug, errors: problems.map(({ message, path }) => ({ message, path })) })
  }
  return data
}
