import { defineConfig } from 'vitest/config'

import { ticketingTestProjects } from './vitest.projects'

// `npm test` in plugins/ticketing: the plugin's unit tests and its integration tests against
// its dev host (dev/), on their own. Sized for a 2-core machine.
export default defineConfig({
  test: {
    maxWorkers: 2,
    pool: 'forks',
    projects: ticketingTestProjects(),
  },
})
