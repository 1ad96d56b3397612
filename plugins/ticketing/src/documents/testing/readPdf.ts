import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type ReadPdf = {
  /** Embedded files by name. */
  attachments: Record<string, Uint8Array>
  /** The text of each page, spaces and no-break spaces made plain. */
  pages: string[]
}

/**
 * Reads a PDF the way a viewer does (Mozilla's pdf.js): the text of every page and the files
 * embedded in it. No system tool needed.
 */
export async function readPdf(bytes: Buffer): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise
  try {
    const pages: string[] = []
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number)
      const content = await page.getTextContent()
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('')
      pages.push(text.replace(/[\u00a0\u202f\u2009]/g, ' '))
    }
    const found = ((await pdf.getAttachments()) ?? {}) as Record<string, { content: Uint8Array; filename: string }>
    const attachments = Object.fromEntries(Object.values(found).map((file) => [file.filename, file.content]))
    return { attachments, pages }
  } finally {
    await pdf.destroy()
  }
}
