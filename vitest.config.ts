import { defineConfig } from 'vitest/config'

import { ticketingTestProjects } from './plugins/ticketing/vitest.projects'

// .ci/run sets CI_FAILING_FIXTURE=1 to run a deliberately failing test through the
// integration project's set-up and prove that the run then exits non-zero.
const failingFixture = process.env.CI_FAILING_FIXTURE === '1'

// The site's three projects: pure unit tests (no services), integration tests against a real
// PostgreSQL (one fresh database per run, see tests/setup/globalSetup.ts) and end-to-end tests
// in Chromium; then the plugin's own two (plugin-unit, plugin-int: its tests against its dev
// host, also run alone by `npm test` in plugins/ticketing). Sized for a 2-core machine.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    maxWorkers: 2,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Property tests run hundreds of cases: room for a machine busy with the other projects.
          testTimeout: 20_000,
          include: ['tools/**/*.spec.ts', 'src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
          exclude: ['**/*.int.spec.ts', '**/*.e2e.spec.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          // One file at a time: the files share one database, and jobs such as hold expiry
          // act on every event in it.
          fileParallelism: false,
          globalSetup: ['tests/setup/globalSetup.ts'],
          hookTimeout: 120_000,
          include: failingFixture ? ['tests/ci/failingOnPurpose.fixture.ts'] : ['tests/int/**/*.int.spec.ts'],
          setupFiles: ['tests/helpers/testEnv.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          hookTimeout: 180_000,
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          testTimeout: 90_000,
        },
      },
      ...ticketingTestProjects(),
    ],
  },
})
