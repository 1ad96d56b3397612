import http from 'node:http'
import https from 'node:https'

export interface WebhookResponse {
  statusCode: number | null
  error: string | null
}

/** One webhook POST the way Stripe sends it; never rejects (network errors are reported in `error`). */
export function postWebhook(url: string, payload: string, signature: string, timeoutMs = 20_000): Promise<WebhookResponse> {
  return new Promise((resolve) => {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      resolve({ statusCode: null, error: `Invalid webhook URL: ${url}` })
      return
    }
    const client = target.protocol === 'https:' ? https : http
    const request = client.request(
      target,
      {
        method: 'POST',
        agent: false,
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(payload),
          'Stripe-Signature': signature,
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          Accept: '*/*; q=0.5, application/xml',
          'Cache-Control': 'no-cache',
        },
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve({ statusCode: response.statusCode ?? null, error: null }))
        response.on('error', (error) => resolve({ statusCode: response.statusCode ?? null, error: error.message }))
      },
    )
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`Timed out after ${timeoutMs}ms`)))
    request.on('error', (error) => resolve({ statusCode: null, error: error.message }))
    request.end(payload)
  })
}
