import { type Browser, chromium } from 'playwright-core'

import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium.mjs'

/**
 * Headless Chromium (CHROMIUM_PATH, a system one, or the one npm installed) with the flags this
 * closed network needs. ETXTBSY (the binary still being written by another process unpacking
 * it) is retried a few times; any other launch error is thrown at once.
 */
export const launchChromium = async (): Promise<Browser> => {
  const executablePath = await chromiumPath()
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launch({ args: CHROMIUM_FLAGS, executablePath })
    } catch (error) {
      if (attempt >= 5 || !String((error as Error)?.message).includes('ETXTBSY')) throw error
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
    }
  }
}
