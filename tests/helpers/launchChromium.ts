import { type Browser, chromium } from 'playwright-core'

import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium.mjs'

/** Headless Chromium (CHROMIUM_PATH, a system one, or the one npm installed) with the flags this closed network needs. */
export const launchChromium = async (): Promise<Browser> => chromium.launch({ args: CHROMIUM_FLAGS, executablePath: await chromiumPath() })
