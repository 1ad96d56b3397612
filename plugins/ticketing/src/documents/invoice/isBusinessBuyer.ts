import type { FrozenInvoice } from '../types'

/**
 * A business customer: a company, or a VAT or registration number given for the invoice. A
 * French invoice to a business carries the Commercial Code's payment terms, paid or not.
 */
export function isBusinessBuyer({ buyer }: Pick<FrozenInvoice, 'buyer'>): boolean {
  return Boolean(buyer.company?.trim() || buyer.vatNumber?.trim() || buyer.registrationNumber?.trim())
}
