import { sql } from '@payloadcms/db-postgres/drizzle'
import { char, check, customType, foreignKey, integer, timestamp, unique, uniqueIndex, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { declareSqlTrigger } from './declareSqlTrigger'
import { findColumn } from './findColumn'
import { findTable } from './findTable'
import { tableBuilder } from './tableBuilder'
import type { SchemaHook } from './types'

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' })

const REFUSE = `RAISE EXCEPTION 'invoices are never edited or deleted (issue a credit note): % refused', TG_OP USING ERRCODE = 'restrict_violation';`

/**
 * What invoices and credit notes need beyond their collection's fields:
 * - `ticketing_document_counters`: one row per seller, series (INVOICE, CREDIT_NOTE) and year,
 *   whose `last_number` is taken by an upsert in the transaction that inserts the document; its
 *   row lock serialises numbering per series until the commit, and a rollback gives the number
 *   back, so numbers have no gap and no duplicate.
 * - a unique index on (seller, kind, year, sequence) of `invoices`, the second guard;
 * - `ticketing_document_files`: each document's rendered PDF, stored once (its bytes never change);
 * - triggers refusing UPDATE and DELETE of an invoice row, whoever sends them.
 */
export const invoiceTables: SchemaHook = ({ adapter, extendTable, schema }) => {
  const invoices = findTable(schema, 'invoices')
  const sellers = findTable(schema, 'sellers')
  extendTable({
    extraConfig: (columns) => ({
      invoices_series_number_idx: uniqueIndex('invoices_series_number_idx').on(
        findColumn(columns, 'seller_id'),
        findColumn(columns, 'kind'),
        findColumn(columns, 'year'),
        findColumn(columns, 'sequence'),
      ),
      invoices_amounts_check: check('invoices_amounts_check', sql`"total" >= 0 AND "tax" >= 0 AND "total_excl_tax" + "tax" = "total"`),
    }),
    table: invoices,
  })
  const table = tableBuilder(adapter)
  schema.tables.ticketing_document_counters = table(
    'ticketing_document_counters',
    {
      sellerId: integer('seller_id').notNull(),
      series: varchar('series', { length: 16 }).notNull(),
      year: integer('year').notNull(),
      lastNumber: integer('last_number').notNull(),
    },
    (t) => ({
      // A unique key rather than a composite primary key: drizzle-kit's push cannot introspect the latter.
      ticketing_document_counters_key: unique('ticketing_document_counters_key').on(t.sellerId, t.series, t.year),
      ticketing_document_counters_seller_id_fkey: foreignKey({ name: 'ticketing_document_counters_seller_id_fkey', columns: [t.sellerId], foreignColumns: [sellers.id] }),
    }),
  )
  schema.tables.ticketing_document_files = table(
    'ticketing_document_files',
    {
      invoiceId: integer('invoice_id').primaryKey(),
      pdf: bytea('pdf').notNull(),
      sha256: char('sha256', { length: 64 }).notNull(),
      renderedAt: timestamp('rendered_at', { withTimezone: true }).defaultNow().notNull(),
    },
    (t) => ({
      ticketing_document_files_invoice_id_fkey: foreignKey({ name: 'ticketing_document_files_invoice_id_fkey', columns: [t.invoiceId], foreignColumns: [invoices.id] }),
    }),
  )
  declareSqlTrigger(adapter, { name: 'invoices_frozen', body: REFUSE, forEach: 'ROW', table: 'invoices', when: 'BEFORE UPDATE OR DELETE' })
  declareSqlTrigger(adapter, { name: 'invoices_no_truncate', body: REFUSE, forEach: 'STATEMENT', table: 'invoices', when: 'BEFORE TRUNCATE' })
  return schema
}
