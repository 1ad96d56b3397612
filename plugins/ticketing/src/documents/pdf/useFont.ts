import { loadFonts, type DocumentFonts } from './loadFonts'

/**
 * Selects a document face. Faces are registered under their PostScript names, the key pdfkit
 * caches a document's fonts by: any other name would make pdfkit open the font again on every
 * call before finding it already embedded.
 */
export function useFont(doc: PDFKit.PDFDocument, face: keyof DocumentFonts): PDFKit.PDFDocument {
  return doc.font(loadFonts()[face].postscriptName)
}
