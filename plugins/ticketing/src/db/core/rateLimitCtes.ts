import { sql } from '@payloadcms/db-postgres/drizzle'

const p = (name: 'limitKeys' | 'limitMaxPoints' | 'limitWindowsMs' | 'nowMs') => sql`${sql.placeholder(name)}`

/**
 * The first CTEs of a statement that spends its request's rate-limit points itself (the booking
 * hold, the ticket scan): `limits` upserts each key's points as rate-limiter-flexible does (same
 * rows, same rules), `refused` holds the expiry of any key now over its maximum. The statement
 * binds `limitKeys`, `limitMaxPoints`, `limitWindowsMs` and `nowMs`, and does its work only
 * `WHERE NOT EXISTS (SELECT 1 FROM refused)`.
 */
export const rateLimitCtes = sql`limits AS (
          INSERT INTO ticketing_rate_limits AS rl (key, points, expire)
          SELECT l.key, 1, ${p('nowMs')}::bigint + l.window_ms FROM unnest(${p('limitKeys')}::text[], ${p('limitWindowsMs')}::bigint[]) AS l(key, window_ms)
          ON CONFLICT (key) DO UPDATE SET
            points = CASE WHEN rl.expire <= ${p('nowMs')}::bigint THEN 1 ELSE rl.points + 1 END,
            expire = CASE WHEN rl.expire <= ${p('nowMs')}::bigint THEN excluded.expire ELSE rl.expire END
          RETURNING rl.key, rl.points, rl.expire
        ), refused AS (
          SELECT limits.expire FROM limits
          JOIN unnest(${p('limitKeys')}::text[], ${p('limitMaxPoints')}::int[]) AS m(key, max_points) ON m.key = limits.key
          WHERE limits.points > m.max_points
        )`
