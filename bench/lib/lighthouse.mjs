// Lighthouse (mobile profile: Moto G Power screen, simulated slow 4G and 4× CPU slowdown) on
// pages of the production build, in the Chromium the tests use. Scores are 0–100.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { chromiumPath } from '../../scripts/lib/chromium.mjs'
import { SEED_PASSWORD } from './api.mjs'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const REPORTS = path.resolve('test-results/lighthouse')
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']

/** The demo content (tour, speaker, FAQ, home page) on the bench's database, as `npm run seed` makes it. */
export const seedDemo = ({ databaseUrl }) =>
  new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/seed.ts'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'bench-2b9f4e7a1c6d3e8f5a0b7c4d9e2f1a6b3c8d5e0f', SEED_PASSWORD, TICKETING_RUN_JOBS: 'false' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`))))
  })

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Runs Lighthouse `runs` times on each page (one browser, fresh tab each run) and keeps each
 * category's median, as Lighthouse's own guidance on score variance advises → [{ name, url,
 * scores: {performance, …} | null, spread: {performance: [min, max], …}, benchmarkIndex, failing,
 * error? }]. `benchmarkIndex` is Lighthouse's measure of the machine's speed during the runs (the
 * median): a busy machine lowers it, and the performance score with it.
 */
export const runLighthouse = async ({ pages, runs = 3 }) => {
  const chrome = await chromeLauncher.launch({ chromeFlags: FLAGS, chromePath: await chromiumPath() })
  const results = []
  try {
    for (const { name, url } of pages) {
      try {
        // A first visit warms the server (compiled routes, Payload caches) so the score is the page's, not a cold start's.
        await fetch(url)
        const reports = []
        for (let run = 0; run < runs; run++) {
          const { lhr } = await lighthouse(url, { logLevel: 'error', onlyCategories: CATEGORIES, output: 'json', port: chrome.port })
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
          reports.push(lhr)
        }
        const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(reports.map((lhr) => score(lhr, id)))]))
        const spread = Object.fromEntries(CATEGORIES.map((id) => [id, [Math.min(...reports.map((lhr) => score(lhr, id))), Math.max(...reports.map((lhr) => score(lhr, id)))]]))
        // The report whose performance is the median one is kept, with the audits it fails.
        const kept = reports.find((lhr) => score(lhr, 'performance') === scores.performance)
        const failing = Object.values(kept.audits)
          .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
          .map((audit) => audit.id)
        // The full report, to see why a score is what it is (test-results/ is not committed).
        fs.mkdirSync(REPORTS, { recursive: true })
        fs.writeFileSync(path.join(REPORTS, `${name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')}.json`), JSON.stringify(kept))
        const benchmarkIndex = Math.round(median(reports.map((lhr) => lhr.environment.benchmarkIndex)))
        results.push({ benchmarkIndex, failing, name, scores, spread, url })
      } catch (error) {
        results.push({ error: error.message, name, scores: null, url })
      }
    }
  } finally {
    await chrome.kill()
  }
  return results
}
