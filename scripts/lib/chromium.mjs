// The browser for end-to-end tests, screenshots and Lighthouse, never downloaded at run time:
// CHROMIUM_PATH when set, else a system Chromium when one is installed, else the headless
// Chromium that the npm package @sparticuz/chromium ships inside itself (unpacked on first use).
import fs from 'node:fs'

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/**
 * Flags for this closed network: no sandbox (root), no GPU, no background downloads; and a
 * fixed Accept-Language (a POSIX environment otherwise gives `en-US@posix`, which the admin
 * does not recognise, so it would fall back to French whatever the browser).
 */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--accept-lang=en-US']

/** Absolute path of the Chromium binary to drive. */
export const chromiumPath = async () => {
  const wanted = process.env.CHROMIUM_PATH
  if (wanted) {
    if (!fs.existsSync(wanted)) throw new Error(`CHROMIUM_PATH points at ${wanted}, which does not exist`)
    return wanted
  }
  const system = SYSTEM_PATHS.find((candidate) => fs.existsSync(candidate))
  if (system) return system
  // The package's own launch arguments (single process, …) do not suit Playwright: only its binary is used.
  const { default: packaged } = await import('@sparticuz/chromium')
  return packaged.executablePath()
}
