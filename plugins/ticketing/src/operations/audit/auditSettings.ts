import type { Payload, PayloadRequest } from 'payload'

import { clientIp, UNKNOWN_CLIENT } from '../../endpoints/http/clientIp'
import type { SanitizedTicketingPluginConfig } from '../../types'

/** The `custom` key under which the plugin keeps what audit entries need from its config. */
export const AUDIT_KEY = 'ticketingAudit'

export type AuditSettings = {
  /** The client address of a staff request, as the plugin's rate limits see it; null when unknown (a job). */
  clientIpOf: (req: Pick<PayloadRequest, 'headers'>) => null | string
  /** The auth collection whose users entries point at. */
  usersCollection: string
}

/** Built once from the sanitised config (index.ts keeps it in `config.custom`). */
export const auditSettingsOf = (config: SanitizedTicketingPluginConfig): AuditSettings => ({
  clientIpOf: (req) => {
    const ip = req.headers ? clientIp(req.headers, config) : UNKNOWN_CLIENT
    return ip === UNKNOWN_CLIENT ? null : ip
  },
  usersCollection: config.slugs.users,
})

/** The audit settings of the running Payload instance. */
export const auditSettings = (payload: Payload): AuditSettings => {
  const settings = (payload.config.custom as Record<string, unknown> | undefined)?.[AUDIT_KEY] as AuditSettings | undefined
  if (!settings) throw new Error('@masterclass/plugin-ticketing: the audit settings are missing from the Payload config')
  return settings
}
