/** A document's number: `{prefix}{YYYY}-{NNNNN}` (FA2026-00042), five digits at least. */
export const documentNumber = (prefix: string, year: number, sequence: number): string => `${prefix}${year}-${String(sequence).padStart(5, '0')}`
