import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { sellerProblems } from '../../domain/documents/sellerProblems'

/**
 * Refuses a seller whose taxes, exemption text, prefixes, country or time zone would make a wrong
 * invoice, and one whose invoice, credit-note or certificate prefix another seller already uses:
 * a document number names one document whoever issued it (the documents list, downloads and
 * corrections find documents by number, anyone checks a certificate by its number), so two
 * sellers never share a number series.
 */
export const validateSeller: CollectionBeforeValidateHook = async ({ collection, data, originalDoc, req }) => {
  const seller = { ...originalDoc, ...data }
  const problems = sellerProblems(seller)
  const prefixes = (['invoicePrefix', 'creditNotePrefix'] as const).filter((field) => typeof seller[field] === 'string' && seller[field])
  for (const field of prefixes) {
    const prefix = seller[field] as string
    const taken = await req.payload.find({
      collection: collection.slug as never,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: {
        and: [
          { or: [{ invoicePrefix: { equals: prefix } }, { creditNotePrefix: { equals: prefix } }] },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
    })
    if (taken.docs.length) problems.push({ message: `Another seller already numbers its documents with ${prefix}: choose a prefix of this seller's own.`, path: field })
  }
  // Certificates are numbered per seller too (operations/certificates/issueCertificates), in a series of their own.
  if (typeof seller.certificatePrefix === 'string' && seller.certificatePrefix) {
    const taken = await req.payload.find({
      collection: collection.slug as never,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ certificatePrefix: { equals: seller.certificatePrefix } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] },
    })
    if (taken.docs.length) problems.push({ message: `Another seller already numbers its certificates with ${seller.certificatePrefix}: choose a prefix of this seller's own.`, path: 'certificatePrefix' })
  }
  if (problems.length) {
    throw new ValidationError({ collection: collection.slug, errors: problems.map(({ message, path }) => ({ message, path })) })
  }
  return data
}
