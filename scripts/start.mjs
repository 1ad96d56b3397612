// npm start: the production server (`next start`) on the given database, or the embedded one.
// Pending migrations are applied when Payload starts; the database is never seeded here.
import path from 'node:path'

import { productionSettingsProblem } from '../src/lib/productionSettings.mjs'
import { ensureDatabase, run } from './withDatabase.mjs'

const port = process.env.PORT || '3000'
// Production starts only with a real secret, Stripe and mail (never mail written to files by
// accident); payload.config.ts refuses the same, for `next start` run directly.
const problem = productionSettingsProblem(process.env)
if (problem) {
  console.error(`[start] ${problem}`)
  process.exit(1)
}
const stopDatabase = await ensureDatabase()
const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, NODE_ENV: 'production', PORT: port }

// Payload starts (and migrates) as the server starts (src/instrumentation.ts): say when it answers.
const warm = async () => {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/ticketing/health`)
      if (response.ok) return console.log(`[start] ready on http://localhost:${port}`)
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  console.error('[start] the server did not answer /api/ticketing/health within 60 s')
}
void warm()

const code = await run(path.resolve('node_modules/.bin/next'), ['start', '--port', port], env)
await stopDatabase()
process.exit(code)
