import type { Payload } from 'payload'

import type { TicketingHooks } from '../../types'

/** The `custom` key under which the plugin keeps the host's hooks in the Payload config. */
export const HOST_HOOKS_KEY = 'ticketingHooks'

/** The host's hooks (plugin option `hooks`), as the plugin stored them in the Payload config. */
export const hostHooks = (req: { payload: Payload }): TicketingHooks =>
  ((req.payload.config.custom as Record<string, unknown> | undefined)?.[HOST_HOOKS_KEY] as TicketingHooks | undefined) ?? {}
