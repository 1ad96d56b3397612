export type StripeSettings = {
  apiBaseUrl: null | string
  publishableKey: string
  secretKey: null | string
  webhookSecret: null | string
}

/** A value, or a function the plugin calls each time it needs it (run-time secrets, never baked into a build). */
export type RunTimeValue<T> = (() => T) | T

/** The `stripe` option: each setting as a value or a function read when a payment is handled. */
export type StripeOptions = { [K in keyof StripeSettings]?: RunTimeValue<StripeSettings[K] | undefined> }

const read = <T>(value: RunTimeValue<T | undefined> | undefined): T | undefined => (typeof value === 'function' ? (value as () => T | undefined)() : value)

/** The Stripe settings now, from the plugin's options (the host maps its environment onto them). */
export const stripeSettings = (options: StripeOptions = {}): StripeSettings => ({
  apiBaseUrl: read(options.apiBaseUrl) || null,
  publishableKey: read(options.publishableKey) ?? '',
  secretKey: read(options.secretKey) || null,
  webhookSecret: read(options.webhookSecret) || null,
})
