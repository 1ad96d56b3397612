import { defineConfig } from 'vitest/config'

// Three projects: pure unit tests (no services), integration tests against a real
// PostgreSQL (one fresh database per run, see tests/setup/globalSetup.ts) and
// end-to-end tests in Chromium. Sized for a 2-core machine.
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
          include: ['plugins/**/src/**/*.spec.ts', 'tools/**/*.spec.ts', 'src/**/*.spec.ts'],
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
          include: ['tests/int/**/*.int.spec.ts', 'plugins/**/test/**/*.int.spec.ts'],
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
    ],
  },
})
