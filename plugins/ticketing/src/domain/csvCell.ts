/** Cells a spreadsheet would read as a formula (`= + - @`, tab, CR) are prefixed with `'`. */
export const neutraliseCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
