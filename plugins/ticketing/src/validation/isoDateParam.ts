import { z } from 'zod'

// A calendar date, optionally with a time and a zone (years 1000–9999, always within PostgreSQL's range).
const ISO = /^[1-9]\d{3}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

/** An ISO 8601 date in a query string, e.g. 2027-01-31 or 2027-01-31T08:00:00Z. */
export const isoDateParam = z
  .string()
  .refine((value) => ISO.test(value) && !Number.isNaN(Date.parse(value)), 'Use an ISO 8601 date, e.g. 2027-01-31.')
