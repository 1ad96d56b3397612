import PDFDocument from 'pdfkit'
import { loadFonts } from './loadFonts'

export type PdfOptions = {
  /** The document's own date (when it was issued): the PDF's creation date, so the bytes never change. */
  createdAt: string
  /** BCP 47 language of the text (`fr-FR`), for readers and screen readers. */
  lang: string
  /** Archival profile: PDF/A-3b for invoices (it may carry their XML), PDF/A-2b for certificates. */
  pdfa?: 'PDF/A-2b' | 'PDF/A-3b'
  title: string
}

/** What XMP metadata (written by pdfkit without escaping) can carry as it is. */
const metadataSafe = (text: string) => text.replace(/[<>&"]/g, '')

/**
 * A new A4 PDF document with the document fonts registered (select them with `useFont`), and
 * nothing in it that changes from one run to the next: the creation date is the document's,
 * the file identifier is derived from the metadata, fonts come from the npm package.
 */
export function createPdf({ createdAt, lang, pdfa, title }: PdfOptions): PDFKit.PDFDocument {
  const created = new Date(createdAt)
  if (Number.isNaN(created.getTime())) throw new RangeError(`Invalid document date: ${JSON.stringify(createdAt)}`)
  const fonts = loadFonts()
  const doc = new PDFDocument({
    autoFirstPage: false,
    // Pages stay open until the end, so footers can print "page 1/2".
    bufferPages: true,
    displayTitle: true,
    // pdfkit takes a parsed font as well as a path; starting with ours keeps Helvetica (never embedded) out of the file.
    font: fonts.regular as unknown as string,
    info: {
      CreationDate: new Date(Math.floor(created.getTime() / 1000) * 1000),
      Creator: 'Masterclass ticketing',
      Producer: 'PDFKit',
      Title: metadataSafe(title),
    },
    lang,
    // Layouts place every block themselves: no margin, so pdfkit never starts a page on its own.
    margin: 0,
    pdfVersion: '1.7',
    size: 'A4',
    ...(pdfa ? { subset: pdfa } : {}),
  })
  // Under their PostScript names, the key pdfkit caches fonts by (see useFont).
  for (const font of [fonts.regular, fonts.semibold]) doc.registerFont(font.postscriptName, font as unknown as string)
  return doc
}
