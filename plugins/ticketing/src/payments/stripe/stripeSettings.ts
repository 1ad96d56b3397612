export type StripeSettings = {
  apiBaseUrl: null | string
  publishableKey: string
  secretKey: null | string
  webhookSecret: null | string
}

/** Read at run time (never baked in at build time): plugin options first, then the environment. */
export const stripeSettings = (options: Partial<StripeSettings> = {}): StripeSettings => ({
  apiBaseUrl: options.apiBaseUrl ?? process.env.STRIPE_API_BASE_URL ?? null,
  publishableKey: options.publishableKey ?? process.env.STRIPE_PUBLISHABLE_KEY ?? '',
  secretKey: options.secretKey ?? process.env.STRIPE_SECRET_KEY ?? null,
  webhookSecret: options.webhookSecret ?? process.env.STRIPE_WEBHOOK_SECRET ?? null,
})
