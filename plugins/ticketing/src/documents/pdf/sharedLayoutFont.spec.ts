import { describe, expect, it, vi } from 'vitest'
import { exemptInvoice, frenchCertificate, tickets } from '../testing/documentFixtures'
import { readPdf } from '../testing/readPdf'
import { sharedLayoutFont } from './sharedLayoutFont'

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

describe('the shaping cache', () => {
  /** A stand-in font that counts how often each word is shaped. */
  const countingFont = () => {
    const shaped = new Map<string, number>()
    const font = {
      getGlyph: (id: number) => ({ id }),
      layout: (text: string) => {
        shaped.set(text, (shaped.get(text) ?? 0) + 1)
        return { glyphs: [], positions: [{ xAdvance: text.length, xOffset: 0, yAdvance: 0, yOffset: 0 }] }
      },
    }
    return { font: sharedLayoutFont(font as never, 3), shaped }
  }

  it('shapes a word once while it stays in use, and forgets the least recently used past its size', () => {
    const { font, shaped } = countingFont()
    for (const word of ['label', 'name-1', 'label', 'name-2', 'label', 'name-3', 'label', 'name-4']) font.layout(word)
    // "label" came back after every name: never shaped again. "name-1" went first once a fourth word came.
    expect(shaped.get('label')).toBe(1)
    font.layout('label')
    font.layout('name-1')
    expect(shaped.get('label')).toBe(1)
    expect(shaped.get('name-1')).toBe(2)
    expect(font.layout('name-4').advanceWidth).toBe(6)
    expect(shaped.get('name-4')).toBe(1)
  })
})
