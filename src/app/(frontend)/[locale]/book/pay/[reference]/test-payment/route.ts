import { emulatorPayment, type TestOutcome } from '@/components/booking/server/emulatorPayment'
import { stripeEmulatorUrl } from '@/components/booking/server/stripeEmulatorUrl'

export const dynamic = 'force-dynamic'

const OUTCOMES: TestOutcome[] = ['decline', 'pending', 'succeed']
const fail = (status: number, code: string, message: string) => Response.json({ error: { code, details: {}, message } }, { headers: { 'Cache-Control': 'no-store' }, status })

/**
 * POST /{locale}/book/pay/{reference}/test-payment `{clientSecret, outcome}` — the payment page's
 * test panel. It exists only while the server talks to the local Stripe emulator (404 otherwise):
 * the browser never reaches the emulator itself, and without the PaymentIntent's client secret
 * nothing moves.
 */
export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const base = await stripeEmulatorUrl()
  if (!base) return fail(404, 'NOT_FOUND', 'Not found.')
  const { reference } = await params
  const body = (await request.json().catch(() => null)) as null | { clientSecret?: unknown; outcome?: unknown }
  const clientSecret = typeof body?.clientSecret === 'string' ? body.clientSecret : ''
  const outcome = OUTCOMES.find((value) => value === body?.outcome)
  if (!clientSecret || !outcome) return fail(400, 'VALIDATION', 'Send clientSecret and an outcome: succeed, decline or pending.')
  const result = await emulatorPayment({ base, clientSecret, outcome, reference })
  if (!result) return fail(404, 'PAYMENT_NOT_FOUND', 'No payment matches this booking and client secret.')
  if (!result.ok) return fail(409, 'PAYMENT_NOT_POSSIBLE', `This payment cannot move from ${result.status}.`)
  return Response.json({ status: result.status }, { headers: { 'Cache-Control': 'no-store' } })
}
