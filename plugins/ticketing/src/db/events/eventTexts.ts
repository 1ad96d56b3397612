import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getTableColumns, getTableName, type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

/** The event texts the plugin's SQL reads (the plugin declares them `localized`). */
const TEXT_COLUMNS = ['title', 'city'] as const
type TextColumn = (typeof TEXT_COLUMNS)[number]

/**
 * Where the texts live in this host's schema: a localized config puts them in
 * `city_events_locales` (one row per locale), an unlocalized one in `city_events` itself.
 */
type Layout = { localesTable: null | string; localized: Record<TextColumn, boolean> }

type Table = Parameters<typeof getTableColumns>[0]
const hasColumn = (table: Table | undefined, name: string) => Boolean(table && Object.values(getTableColumns(table)).some((c) => c.name === name))

const layouts = new WeakMap<Payload, Layout>()

/** Read once per Payload instance from the adapter's Drizzle tables, i.e. from the config as built. */
const layoutOf = (payload: Payload): Layout => {
  const known = layouts.get(payload)
  if (known) return known
  const tables = (payload.db as unknown as PostgresAdapter).tables as Record<string, Table>
  const locales = tables.city_events_locales
  const localized = {} as Record<TextColumn, boolean>
  for (const column of TEXT_COLUMNS) {
    if (hasColumn(locales, column)) localized[column] = true
    else if (hasColumn(tables.city_events, column)) localized[column] = false
    else throw new Error(`@masterclass/plugin-ticketing: column "${column}" of city events is missing from the Postgres schema.`)
  }
  const layout = { localesTable: locales && Object.values(localized).some(Boolean) ? getTableName(locales) : null, localized }
  layouts.set(payload, layout)
  return layout
}

/** How a statement is written: Drizzle SQL with bound values, or plain text with escaped literals (COPY). */
type Writer<T> = { concat: (parts: T[]) => T; raw: (text: string) => T; value: (value: string) => T }

const drizzleWriter: Writer<SQL> = { concat: (parts) => sql.join(parts), raw: (text) => sql.raw(text), value: (value) => sql`${value}` }
const textWriter = (literal: (value: string) => string): Writer<string> => ({ concat: (parts) => parts.join(''), raw: (text) => text, value: literal })

export type EventTextLocales = {
  locale: string
  /** Read where `locale` has no text; omitted: only `locale`. */
  fallbackLocale?: string
}

export type EventTextSql<T> = {
  /** The joins that bring the texts of the event aliased `e` (nothing when they are its own columns). */
  joins: T
  title: T
  city: T
}

const build = <T>(layout: Layout, { fallbackLocale, locale }: EventTextLocales, w: Writer<T>): EventTextSql<T> => {
  const table = layout.localesTable
  const join = (alias: string, code: string) =>
    w.concat([w.raw(` LEFT JOIN "${table}" ${alias} ON ${alias}._parent_id = e.id AND ${alias}._locale = `), w.value(code)])
  const column = (name: TextColumn) => {
    if (!layout.localized[name]) return w.raw(`e."${name}"`)
    return w.raw(fallbackLocale ? `coalesce(l."${name}", f."${name}")` : `l."${name}"`)
  }
  const joins = table ? [join('l', locale), ...(fallbackLocale ? [join('f', fallbackLocale)] : [])] : []
  return { city: column('city'), joins: w.concat(joins), title: column('title') }
}

/**
 * The event texts (title, city) for SQL over `city_events e`, following the host's config: from
 * `city_events_locales` in `locale` (then `fallbackLocale`) when it is localized, else from the
 * event row. `sql` gives Drizzle SQL; `text` plain SQL with `literal`-escaped values, for COPY.
 */
export const eventTexts = (payload: Payload) => {
  const layout = layoutOf(payload)
  return {
    localized: layout.localesTable !== null,
    sql: (locales: EventTextLocales) => build(layout, locales, drizzleWriter),
    text: (locales: EventTextLocales, literal: (value: string) => string) => build(layout, locales, textWriter(literal)),
  }
}
