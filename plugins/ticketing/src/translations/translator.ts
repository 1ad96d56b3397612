import { en, type TicketingTranslationKey } from './languages/en'

export type Translate = (key: TicketingTranslationKey, vars?: Record<string, unknown>) => string
type PayloadT = (key: string, vars?: Record<string, unknown>) => string

const fill = (text: string, vars: Record<string, unknown> = {}) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, name: string) => (vars[name] === undefined ? all : String(vars[name])))

/**
 * The plugin's strings through Payload's `t` (the admin's language, the host's overrides
 * included), or the English source when there is none: `tr('actionRefund')`.
 */
export const translator =
  (t?: PayloadT): Translate =>
  (key, vars) =>
    t ? t(`plugin-ticketing:${key}`, vars) : fill(en[key], vars)

/** Whether `key` is one of the plugin's strings (for keys built from values: statuses, error codes). */
export const isTranslationKey = (key: string): key is TicketingTranslationKey => Object.hasOwn(en, key)

/** A status, kind or outcome value in words, or the value itself when the plugin has no words for it. */
export const valueLabel = (tr: Translate, prefix: 'auditDetail_' | 'auditValue_' | 'ledger_' | 'status_', value: string) => {
  const key = `${prefix}${value}`
  return isTranslationKey(key) ? tr(key) : value
}

/** What to tell staff when an endpoint refuses: the error code in their language, else the server's message. */
export const failureMessage = (tr: Translate, status: number, body: unknown) => {
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error
  const key = `error_${error?.code}`
  if (error?.code && isTranslationKey(key)) return tr(key)
  return error?.message ?? tr('requestFailed', { status })
}
