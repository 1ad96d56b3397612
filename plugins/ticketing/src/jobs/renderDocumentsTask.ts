import type { TaskConfig } from 'payload'

import { renderPendingDocuments } from '../operations/invoices/renderPendingDocuments'
import type { SanitizedTicketingPluginConfig } from '../types'

export const DOCUMENTS_QUEUE = 'ticketing-documents'

/** Every 10 seconds: the PDFs of every invoice and credit note issued since, rendered from their frozen data and stored. */
export const renderDocumentsTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: object; output: { rendered: number } }> => ({
  slug: 'ticketingRenderDocuments',
  handler: async ({ req }) => ({ output: { rendered: await renderPendingDocuments(req) } }),
  label: 'Render invoice and credit note PDFs',
  outputSchema: [{ name: 'rendered', type: 'number' }],
  retries: 2,
  schedule: config.disabled ? [] : [{ cron: '*/10 * * * * *', queue: DOCUMENTS_QUEUE }],
})
