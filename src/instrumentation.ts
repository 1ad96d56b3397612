/**
 * Runs once when the server starts (Next.js awaits it before serving): Payload starts here, with
 * its migrations and background jobs, rather than on the first request. The booking, quote and
 * webhook routes (src/pages/api/ticketing) use the handler the plugin registers as Payload starts;
 * a request that arrives before then waits for it. When the database cannot be reached yet, the
 * server still starts and Payload is tried again every few seconds (and by any request).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const start = async (attempt: number): Promise<void> => {
    try {
      await getPayload({ config, cron: true })
    } catch (error) {
      console.error(`[ticketing] Payload did not start (attempt ${attempt}); trying again in 5 s:`, error instanceof Error ? error.message : error)
      setTimeout(() => void start(attempt + 1), 5_000).unref()
    }
  }
  await start(1)
}
