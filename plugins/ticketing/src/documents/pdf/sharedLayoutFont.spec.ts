import { describe, expect, it, vi } from 'vitest'
import { exemptInvoice, frenchCertificate, tickets } from '../testing/documentFixtures'
import { readPdf } from '../testing/readPdf'
import { MAX_SHAPED_WORDS, sharedLayoutFont } from './sharedLayoutFont'

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

describe('words shaped once per process', () => {
  /** A stand-in for a parsed font that counts how often each word is shaped. */
  const countingFont = () => {
    const shaped = new Map<string, number>()
    const font = {
      _variationProcessor: null,
      getGlyph: (id: number) => ({ id }),
      layout: (text: string) => {
        shaped.set(text, (shaped.get(text) ?? 0) + 1)
        return { glyphs: [], positions: [{ xAdvance: text.length, xOffset: 0, yAdvance: 0, yOffset: 0 }] }
      },
    }
    return { font: sharedLayoutFont(font as unknown as Parameters<typeof sharedLayoutFont>[0]), shaped }
  }

  it('keep the words in use and let the others go, so a long run holds a bounded number', () => {
    const { font, shaped } = countingFont()
    font.layout('Facture')
    // Thousands of documents' own words (names, numbers), a label in use between them.
    for (let i = 0; i < MAX_SHAPED_WORDS * 3; i++) {
      font.layout(`Buyer ${i}`)
      if (i % 100 === 0) font.layout('Facture')
    }
    expect(shaped.get('Facture')).toBe(1)
    // The oldest words of one document were dropped: asked again, they are shaped again.
    font.layout('Buyer 0')
    expect(shaped.get('Buyer 0')).toBe(2)
    // The most recent ones are still there.
    font.layout(`Buyer ${MAX_SHAPED_WORDS * 3 - 1}`)
    expect(shaped.get(`Buyer ${MAX_SHAPED_WORDS * 3 - 1}`)).toBe(1)
    expect(font.layout('Facture').advanceWidth).toBe('Facture'.length)
  })
})
