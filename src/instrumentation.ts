/**
 * Runs once when the server starts (Next.js awaits it before serving): Payload starts here, with
 * its migrations (the config's onInit) and background jobs, rather than on the first request.
 * The booking, quote and webhook routes (src/pages/api/ticketing) use the handler the plugin
 * registers as Payload starts; a request that arrives before then waits for it.
 *
 * When Payload cannot start (a production setting is missing, the database cannot be reached, a migration fails), the server
 * stops with the reason instead of serving: Payload runs onInit only on its first start in a
 * process, so a later retry here would serve without migrations and without those routes. The
 * process manager (or `npm start` again) starts it once the database is there.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Every request carries its socket's address from here on: the client IP when no proxy is
  // trusted (TRUSTED_PROXY_COUNT=0), for Payload's routes and the Pages Router routes alike.
  const { installSocketAddressStamp } = await import('@masterclass/plugin-ticketing/node-route')
  installSocketAddressStamp()
  try {
    // The config itself refuses to load in production without a real secret, Stripe or mail.
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await getPayload({ config, cron: true })
  } catch (error) {
    console.error(`[ticketing] Payload could not start, so the server stops: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
