import { declareSqlTrigger } from './declareSqlTrigger'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

const REFUSE = `RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';`

/**
 * `audit_log` is append-only in PostgreSQL itself: triggers refuse every UPDATE and DELETE
 * (row by row) and TRUNCATE, whoever sends them, so a bug in a hook or a hand-run query cannot
 * rewrite history. Only INSERT is allowed (operations/audit/writeAuditEntry). A consequence:
 * a staff user or booking that entries point at cannot be deleted (their foreign keys would
 * clear the column).
 */
export const auditLogAppendOnly: SchemaHook = ({ adapter, schema }) => {
  findTable(schema, 'audit_log')
  declareSqlTrigger(adapter, { name: 'audit_log_append_only', body: REFUSE, forEach: 'ROW', table: 'audit_log', when: 'BEFORE UPDATE OR DELETE' })
  declareSqlTrigger(adapter, { name: 'audit_log_no_truncate', body: REFUSE, forEach: 'STATEMENT', table: 'audit_log', when: 'BEFORE TRUNCATE' })
  return schema
}
