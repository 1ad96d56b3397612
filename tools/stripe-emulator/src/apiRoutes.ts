import { charges } from './resources/charges.js'
import { customers } from './resources/customers.js'
import { disputes } from './resources/disputes.js'
import { events } from './resources/events.js'
import { paymentIntents } from './resources/paymentIntents.js'
import { refunds } from './resources/refunds.js'
import type { ApiHandler, Route } from './types.js'

/** Every emulated `/v1` endpoint. */
export const apiRoutes: ReadonlyArray<Route<ApiHandler>> = [
  ...paymentIntents,
  ...customers,
  ...refunds,
  ...charges,
  ...disputes,
  ...events,
]
