// Full-page screenshots of site pages at desktop (1280 px) and mobile (390 px) widths.
//   node scripts/screenshots.mjs http://localhost:3000 /fr /en/events/paris-2027 …
// Files land in test-results/screenshots/ (not committed).
import fs from 'node:fs'
import path from 'node:path'

import { chromium } from 'playwright-core'

import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs'

const [base, ...paths] = process.argv.slice(2)
if (!base || !paths.length) {
  console.error('usage: node scripts/screenshots.mjs <base-url> <path> [path…]')
  process.exit(2)
}
const dir = path.resolve('test-results/screenshots')
fs.mkdirSync(dir, { recursive: true })
const browser = await chromium.launch({ args: CHROMIUM_FLAGS, executablePath: await chromiumPath() })
try {
  for (const [label, width] of [['desktop', 1280], ['mobile', 390]]) {
    const page = await browser.newPage({ viewport: { height: 900, width } })
    for (const pagePath of paths) {
      const response = await page.goto(`${base}${pagePath}`, { waitUntil: 'load' })
      const file = path.join(dir, `${pagePath.replace(/^\/|\/$/g, '').replace(/[^\w-]+/g, '_') || 'root'}-${label}.png`)
      await page.screenshot({ fullPage: true, path: file })
      console.log(`${response?.status()} ${pagePath} → ${path.relative(process.cwd(), file)}`)
    }
    await page.close()
  }
} finally {
  await browser.close()
}
