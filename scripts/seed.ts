// npm run seed: creates the demo content where it is missing. `--if-empty` seeds only a
// database without users (used by the first `npm run dev`).
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '../src/seed/seed'

const payload = await getPayload({ config })
const ifEmpty = process.argv.includes('--if-empty')
if (ifEmpty && (await payload.count({ collection: 'users' })).totalDocs > 0) {
  console.log('[seed] database already has users: nothing to do')
} else {
  await seed(payload)
  console.log('[seed] done')
}
await payload.destroy()
process.exit(0)
