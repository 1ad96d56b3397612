export interface StripeErrorBody {
  type: 'invalid_request_error' | 'api_error' | 'card_error' | 'idempotency_error'
  message: string
  code?: string
  param?: string
  decline_code?: string
  charge?: string
  payment_intent?: object
  payment_method?: object
}

/** An error answered exactly as Stripe shapes it: `{ error: { type, code, param, message, … } }`. */
export class StripeError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: StripeErrorBody,
    /** Whether an idempotency key stores this result (Stripe skips requests that failed validation). */
    readonly storable = true,
  ) {
    super(body.message)
  }

  toResponse(requestId: string): { error: StripeErrorBody & { doc_url?: string; request_log_url: string } } {
    const docUrl = this.body.code
      ? { doc_url: `https://stripe.com/docs/error-codes/${this.body.code.replace(/_/g, '-')}` }
      : {}
    return {
      error: {
        ...this.body,
        ...docUrl,
        request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}?t=${Math.floor(Date.now() / 1000)}`,
      },
    }
  }

  static invalid(message: string, extra: { code?: string; param?: string } = {}, storable = false): StripeError {
    return new StripeError(400, { type: 'invalid_request_error', message, ...extra }, storable)
  }

  static unknownParameter(param: string): StripeError {
    return StripeError.invalid(`Received unknown parameter: ${param}`, { code: 'parameter_unknown', param })
  }

  static missingParameter(param: string): StripeError {
    return StripeError.invalid(`Missing required param: ${param}.`, { code: 'parameter_missing', param })
  }

  static resourceMissing(kind: string, id: string, param = 'id'): StripeError {
    return new StripeError(
      404,
      { type: 'invalid_request_error', code: 'resource_missing', param, message: `No such ${kind}: '${id}'` },
      false,
    )
  }

  /** A state conflict (e.g. updating a succeeded PaymentIntent); these results are stored for idempotency. */
  static state(message: string, code: string, extra: Partial<StripeErrorBody> = {}): StripeError {
    return new StripeError(400, { type: 'invalid_request_error', message, code, ...extra })
  }

  static authentication(message: string): StripeError {
    return new StripeError(401, { type: 'invalid_request_error', message }, false)
  }

  static idempotency(key: string): StripeError {
    return new StripeError(
      400,
      {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      },
      false,
    )
  }

  static unrecognizedUrl(method: string, path: string): StripeError {
    return new StripeError(
      404,
      {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
      },
      false,
    )
  }

  static api(statusCode = 500): StripeError {
    return new StripeError(statusCode, { type: 'api_error', message: 'An unknown error occurred' }, false)
  }
}
