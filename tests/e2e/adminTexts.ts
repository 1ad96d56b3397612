type Language = 'en' | 'fr'
type Translations = Record<string, Record<string, Record<string, string>>>

/** A translation key shown as such: `plugin-ticketing:…`, a value key such as `status_PAID`, or an audit detail by its stored name (`reason: requested_by_customer`). */
const RAW_KEY = /plugin-ticketing:|\b(?:status|ledger|error|auditAction|auditDetail|auditValue)_[A-Za-z]|^[a-z]+:[a-zA-Z]+$|requested_by_customer|\b(?:amount|reason|refundId|status|kind|attendeeId|creditNote|checkedInAt): /
/** Labels Payload makes up from a field's name when it has none ("Expires At"), and Stripe's raw statuses. */
const MADE_UP = ['Expires At', 'Confirmed At', 'Cancelled At', 'Payment Intent Id', 'Stripe Customer Id', 'Ticket Code', 'Stripe Object Id', 'Occurred At', 'Amount Refunded', 'City Event', 'Payment Status', 'Unit Price', 'succeeded', 'requires_payment_method', 'canceled']

/**
 * The texts of a page (each element's own text) that show a missing translation: a raw key,
 * a label Payload made up from a field name, or one of the plugin's strings in the other
 * language (where the two languages differ).
 */
export const untranslatedTexts = (texts: string[], language: Language, translations: Translations): string[] => {
  const other: Language = language === 'fr' ? 'en' : 'fr'
  const ours = translations[language]['plugin-ticketing']
  const theirs = translations[other]['plugin-ticketing']
  const foreign = new Set(Object.keys(theirs).filter((key) => theirs[key] !== ours[key] && !Object.values(ours).includes(theirs[key])).map((key) => theirs[key]))
  for (const text of MADE_UP) foreign.add(text)
  const found = texts.flatMap((text) => {
    if (RAW_KEY.test(text)) return [`raw key: ${JSON.stringify(text)}`]
    return foreign.has(text) ? [`${other} or made-up label: ${JSON.stringify(text)}`] : []
  })
  return [...new Set(found)]
}
