import path from 'node:path'
import { parseArgs } from 'node:util'
import { startStripeEmulator } from './src/startStripeEmulator.js'

const USAGE = `Usage: npx tsx tools/stripe-emulator/cli.ts [--port 12111] [--host 127.0.0.1] [--webhook-url URL] [--webhook-secret whsec_…] [--state-file PATH]
Environment: STRIPE_EMULATOR_PORT, STRIPE_EMULATOR_HOST, STRIPE_WEBHOOK_URL, STRIPE_WEBHOOK_SECRET, STRIPE_EMULATOR_STATE_FILE (flags win).
--state-file keeps PaymentIntents, customers, charges, refunds, … across restarts in that JSON file.`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      'state-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const portText = values.port ?? process.env.STRIPE_EMULATOR_PORT ?? '12111'
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${portText}`)
  const webhookUrl = values['webhook-url'] ?? process.env.STRIPE_WEBHOOK_URL
  const stateFile = values['state-file'] ?? process.env.STRIPE_EMULATOR_STATE_FILE
  const emulator = await startStripeEmulator({
    port,
    host: values.host ?? process.env.STRIPE_EMULATOR_HOST,
    webhookUrl: webhookUrl || undefined,
    webhookSecret: values['webhook-secret'] ?? (process.env.STRIPE_WEBHOOK_SECRET || undefined),
    stateFile: stateFile ? path.resolve(stateFile) : undefined,
  })
  const details = [webhookUrl && `webhooks → ${webhookUrl}`, stateFile && `state → ${path.resolve(stateFile)}`].filter(Boolean)
  console.log(`Stripe emulator listening on ${emulator.url}${details.length > 0 ? ` (${details.join(', ')})` : ''}`)
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  // Started by `npm run dev` in its own process group: stop when that parent is gone (stdin closes).
  if (process.env.STRIPE_EMULATOR_EXIT_WITH_PARENT === '1') {
    process.stdin.once('end', stop)
    process.stdin.resume()
  }
}

main().catch((error: unknown) => {
  console.error(`stripe-emulator: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
