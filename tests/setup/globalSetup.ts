import type { TestProject } from 'vitest/node'

import { createTestDatabase } from './createTestDatabase'
import { startSmtpCapture } from './smtpCapture'

/**
 * Integration runs: one fresh database per run (migrations are applied by the first Payload
 * instance that starts, under an advisory lock) and a real SMTP server capturing mail.
 */
export default async function globalSetup(project: TestProject) {
  const db = await createTestDatabase('masterclass_test')
  const smtp = await startSmtpCapture()
  process.env.DATABASE_URL = db.url
  project.provide('databaseUrl', db.url)
  project.provide('smtpUrl', smtp.url)
  project.provide('mailDir', smtp.dir)
  return async () => {
    await smtp.close()
    await db.drop()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    mailDir: string
    smtpUrl: string
  }
}
