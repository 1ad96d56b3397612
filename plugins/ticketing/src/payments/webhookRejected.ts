/** A webhook delivery that cannot be trusted: not configured, unsigned, wrongly signed or too old (→ 400). */
export class WebhookRejectedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WebhookRejectedError'
  }
}
