import fs from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'

// The production build sends the three hottest public endpoints to their Pages Router API
// routes (src/pages/api/ticketing, plugin's ticketingNodeRoute) and nothing else: every other
// /api path stays with Payload's REST route. tests/int/nodeRoute checks that both give the same
// answers; the e2e booking and hostile-input tests go through these routes on the real server.
it('the build serves bookings, quotes and Stripe webhooks from the Pages Router, the rest from Payload', () => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server/pages-manifest.json'), 'utf8')) as Record<string, string>
  const apiRoutes = Object.keys(manifest).filter((route) => route.startsWith('/api/'))
  expect(apiRoutes.sort()).toEqual(['/api/ticketing/bookings', '/api/ticketing/events/[idOrSlug]/quote', '/api/ticketing/stripe/webhook'])
  const appRoutes = JSON.parse(fs.readFileSync(path.resolve(process.env.NEXT_DIST_DIR || '.next', 'server/app-paths-manifest.json'), 'utf8')) as Record<string, string>
  expect(Object.keys(appRoutes)).toContain('/(payload)/api/[...slug]/route')
})
