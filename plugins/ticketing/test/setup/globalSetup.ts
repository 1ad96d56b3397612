import type { TestProject } from 'vitest/node'

import { startDatabaseServer } from '../database/startDatabaseServer'

/** The plugin's integration runs: one PostgreSQL server for the run; each test file makes its own database on it. */
export default async function globalSetup(project: TestProject) {
  const server = await startDatabaseServer()
  project.provide('ticketingDatabaseServer', server.url)
  return () => server.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    ticketingDatabaseServer: string
  }
}
