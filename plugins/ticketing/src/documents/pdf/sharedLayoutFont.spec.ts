import { describe, expect, it, vi } from 'vitest'
import { exemptInvoice, frenchCertificate, tickets } from '../testing/documentFixtures'
import { readPdf } from '../testing/readPdf'

const englishTicket = { ...tickets[0], language: 'en' as const }

/** The renderers from a fresh module registry: fonts parsed anew, nothing shaped yet. */
async function freshRenderers() {
  vi.resetModules()
  const [{ renderTicketsPdf }, { renderCertificatePdf }, { renderInvoicePdf }] = await Promise.all([
    import('../tickets/renderTicketsPdf'),
    import('../certificates/renderCertificatePdf'),
    import('../invoice/renderInvoicePdf'),
  ])
  return { renderCertificatePdf, renderInvoicePdf, renderTicketsPdf }
}

describe('fonts shared by every document of a process', () => {
  it('render a document to the same bytes whatever was rendered before it', async () => {
    const alone = await (await freshRenderers()).renderTicketsPdf([englishTicket])
    const busy = await freshRenderers()
    // French words with accented capitals ("À défaut", "É") make the font meet "A" and "E" inside other glyphs first.
    await busy.renderTicketsPdf(tickets)
    await busy.renderCertificatePdf(frenchCertificate)
    await busy.renderInvoicePdf({ ...exemptInvoice, buyer: { ...exemptInvoice.buyer, name: 'Élodie Àlvarez' } })
    const after = await busy.renderTicketsPdf([englishTicket])
    expect(after.equals(alone)).toBe(true)
    expect((await readPdf(after)).pages[0]).toContain('9:00 AM')
  })
})
