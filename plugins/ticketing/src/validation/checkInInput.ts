import { z } from 'zod'

const token = (name: string) => z.string().trim().min(1, `${name} is empty.`).max(100, `${name} is at most 100 characters.`)

/** Body of POST /api/ticketing/check-ins: a scanned or typed code for an event (id or slug). */
export const checkInInput = z.strictObject({
  code: z.string({ error: 'code is the scanned or typed ticket code.' }).trim().min(1, 'code is the scanned or typed ticket code.').max(200, 'code is at most 200 characters.'),
  deviceId: token('deviceId').optional(),
  eventId: z.union([z.number(), z.string()], { error: 'eventId is the event id or slug.' }),
  requestId: token('requestId').optional(),
})

/** `day` in a query string: a calendar date. */
export const dayParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'day is a date, YYYY-MM-DD.')

/** `limit` in a query string: how many attendees to list, 0 to 200 (0: the counts alone). */
export const limitParam = z.string().regex(/^\d{1,3}$/, 'limit is a number from 0 to 200.').transform(Number).refine((n) => n <= 200, 'limit is a number from 0 to 200.')
