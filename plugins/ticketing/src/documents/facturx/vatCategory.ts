import type { FrozenInvoice } from '../types'

/** The VAT category of a French seller's document in EN 16931 terms. */
export type VatCategory = { code: 'E' | 'S'; exemptionReason: null | string; rate: string }

/**
 * A French seller charges one VAT rate (category S, "standard rated") or none, with the legal
 * ground printed (category E, "exempt": art. 293 B or 261-4-4° a of the CGI).
 *
 * @throws RangeError when the document carries several taxes: EN 16931 gives one VAT category
 * per line, so a Factur-X invoice cannot stack them.
 */
export function vatCategory(invoice: FrozenInvoice): VatCategory {
  if (invoice.taxes.length > 1) throw new RangeError(`${invoice.number}: a Factur-X invoice carries one VAT rate, not ${invoice.taxes.length}`)
  const [tax] = invoice.taxes
  if (tax) return { code: 'S', exemptionReason: null, rate: tax.ratePercent.trim() }
  return { code: 'E', exemptionReason: invoice.seller.exemptionText?.trim() || 'Exonération de TVA', rate: '0' }
}
