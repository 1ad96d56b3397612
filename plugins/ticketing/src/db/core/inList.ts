import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

/** `(a, b, c)` as bound parameters, for `column IN ${inList(values)}`. */
export const inList = (values: readonly string[]): SQL => sql`(${sql.join(values.map((value) => sql`${value}`), sql`, `)})`
