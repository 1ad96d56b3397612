import { strings, type EmailStrings } from './strings'
import type { EmailLocale } from './types'

/** Any part of an email language's texts, to replace the plugin's own (functions keep their arguments). */
export type EmailTextOverrides = {
  [K in keyof EmailStrings]?: EmailStrings[K] extends (...args: never[]) => unknown ? EmailStrings[K] : EmailStrings[K] extends object ? Partial<EmailStrings[K]> : EmailStrings[K]
}

/** The `emails.text` option: overrides per email language (`en`, `fr`). */
export type EmailTextOption = Partial<Record<EmailLocale, EmailTextOverrides>>

/**
 * The texts of one email language: the plugin's own, with the host's overrides laid over them
 * group by group (`signOff`, `confirmation.subject`, `labels.reference`, …).
 */
export function emailText(locale: EmailLocale, overrides: EmailTextOption = {}): EmailStrings {
  const base = strings[locale]
  const own = overrides[locale]
  if (!own) return base
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(own)) {
    if (value === undefined) continue
    const current = merged[key]
    merged[key] = current && typeof current === 'object' && value && typeof value === 'object' ? { ...current, ...value } : value
  }
  return merged as EmailStrings
}
