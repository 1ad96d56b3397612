import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { TestProjectInlineConfiguration } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))

/**
 * The plugin's own test projects, run by its `npm test` (vitest.config.ts here) and by the
 * site's whole suite, which lists them beside its own. Paths are the plugin's: nothing here
 * reaches outside the plugin but its workspace devDependencies (the Stripe emulator).
 */
export const ticketingTestProjects = (): TestProjectInlineConfiguration[] => [
  {
    root,
    test: {
      name: 'plugin-unit',
      // Property tests run hundreds of cases: room for a machine busy with other projects.
      testTimeout: 20_000,
      include: ['src/**/*.spec.ts'],
      exclude: ['**/*.int.spec.ts', '**/node_modules/**'],
    },
  },
  {
    root,
    test: {
      name: 'plugin-int',
      // The tests stand in for one trusted proxy: each sends the client address it plays in
      // X-Forwarded-For, so rate and hold limits count each test's visitors apart.
      env: { TRUSTED_PROXY_COUNT: '1' },
      // One PostgreSQL server for the run (TEST_DATABASE_URL, or embedded); each file starts
      // the dev host on a database of its own, so files may run side by side.
      globalSetup: ['test/setup/globalSetup.ts'],
      hookTimeout: 120_000,
      include: ['test/**/*.int.spec.ts'],
      testTimeout: 60_000,
    },
  },
]
