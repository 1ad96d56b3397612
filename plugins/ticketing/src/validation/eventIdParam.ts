import { z } from 'zod'

import { PG_INT_MAX } from '../domain/eventKey'

/** An event id in a query string: digits naming a PostgreSQL integer (checked before any SQL). */
export const eventIdParam = z
  .string()
  .regex(/^\d{1,10}$/, 'event is the event id.')
  .refine((value) => Number(value) >= 1 && Number(value) <= PG_INT_MAX, 'event is the event id.')
