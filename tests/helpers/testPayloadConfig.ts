import { buildSiteConfig } from '../../payload.config'
import { recordingHooks } from './bookingHookCalls'
import { emulatorGateway } from './emulatorGateway'

/**
 * The site's config as the integration tests run it: the payment gateway backed by the Stripe
 * emulator and hooks that record their calls, both through the plugin's own options.
 */
export default buildSiteConfig({ hooks: recordingHooks, paymentGateway: emulatorGateway })
