import { facturXMetadata } from './facturXMetadata'

/**
 * Attaches the Factur-X XML to a PDF/A-3 document as `factur-x.xml`: an associated file of
 * the document (catalog AF entry, relationship Alternative: the XML is the same invoice as the
 * PDF), MIME type text/xml, dated with the document so the bytes never change; and the XMP
 * that announces it.
 */
export function embedFacturX(doc: PDFKit.PDFDocument, xml: string, issuedAt: Date): void {
  // pdfkit reads `relationship` (the file's AFRelationship); its type definitions lack it.
  const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: 'Alternative' } = {
    creationDate: issuedAt,
    description: 'Factur-X invoice (EN 16931)',
    modifiedDate: issuedAt,
    name: 'factur-x.xml',
    relationship: 'Alternative',
    type: 'text/xml',
  }
  doc.file(Buffer.from(xml, 'utf8'), options)
  doc.appendXML(facturXMetadata())
}
