import { formatAddress } from '../../domain/documents/formatAddress'
import { formatDateRange } from '../../domain/documents/formatDateRange'
import { formatDocumentDate } from '../../domain/documents/formatDocumentDate'
import { registrationLabel } from '../../domain/documents/registrationLabel'
import { createPdf } from '../pdf/createPdf'
import { drawQrCode } from '../pdf/drawQrCode'
import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import { pdfToBuffer } from '../pdf/pdfToBuffer'
import type { FrozenCertificate } from '../types'
import { certificateLabels } from './certificateLabels'

const QR_SIZE = 92

/**
 * Renders a certificate of attendance from its frozen data, in French or English, as a
 * PDF/A-2b file: the training provider (name, address, registration number), the number, the
 * attendee, the training (title, city, days, hours), where and when it was issued, and how to
 * check it: the verification address, printed and as a QR code, with the verification code.
 * The same certificate always gives the same bytes.
 */
export async function renderCertificatePdf(certificate: FrozenCertificate): Promise<Buffer> {
  const t = certificateLabels(certificate.language)
  const { seller, service } = certificate
  const doc = createPdf({ createdAt: certificate.issuedAt, lang: t.lang, pdfa: 'PDF/A-2b', title: `${t.title} ${certificate.number}` })
  doc.addPage()

  let y = page.top
  y += drawText(doc, seller.name, page.left, y, { color: palette.accent, font: 'semibold', size: 14, width: 300 }) + 3
  const number = seller.registrationNumber?.trim()
  const registration = number ? [`${registrationLabel(seller.address.country, number)} ${number}`] : []
  for (const line of [...formatAddress(seller.address, seller.address.country), ...registration]) y += drawText(doc, line, page.left, y, { color: palette.muted, size: 9, width: 300 })
  drawText(doc, `${t.number} ${certificate.number}`, page.right - 200, page.top + 2, { align: 'right', color: palette.ink, font: 'semibold', size: 10, width: 200 })

  y = 200
  doc.moveTo(page.left + 120, y - 24).lineTo(page.right - 120, y - 24).lineWidth(1.2).strokeColor(palette.accent).stroke()
  y += drawText(doc, t.title.toUpperCase(), page.left, y, { align: 'center', color: palette.accent, font: 'semibold', size: 24, width: page.width }) + 30
  y += drawText(doc, certificate.attendeeName, page.left, y, { align: 'center', color: palette.ink, font: 'semibold', size: 22, width: page.width }) + 22

  const dates = formatDateRange(service.startsAt, service.endsAt, service.timezone, certificate.language)
  const hours = t.hours(certificate.hours)
  const body = t.body({ attendee: certificate.attendeeName, city: service.city, dates, hours, title: service.title })
  y += drawText(doc, body, page.left + 40, y, { align: 'center', color: palette.ink, size: 12, width: page.width - 80 }) + 34

  const facts = [
    [t.training, service.title],
    [t.place, [service.venueName, service.city].filter(Boolean).join(', ')],
    [t.dates, dates],
    [t.duration, hours],
    [t.provider, seller.name],
  ]
  for (const [label, value] of facts) {
    drawText(doc, label, page.left + 60, y, { color: palette.muted, size: 9.5, width: 140 })
    y += drawText(doc, value, page.left + 200, y, { color: palette.ink, font: 'semibold', size: 10.5, width: page.width - 260 }) + 8
  }
  y += 24
  const issuedOn = formatDocumentDate(certificate.issueDate, service.timezone, certificate.language)
  drawText(doc, t.issued(seller.address.city, issuedOn), page.left + 60, y, { color: palette.ink, size: 10.5, width: page.width - 120 })

  const boxY = page.bottom - QR_SIZE - 30
  doc.rect(page.left, boxY, page.width, QR_SIZE + 24).fillColor(palette.tint).fill()
  drawQrCode(doc, certificate.verificationUrl, page.left + 12, boxY + 12, QR_SIZE)
  const textX = page.left + QR_SIZE + 30
  const textWidth = page.width - QR_SIZE - 42
  let ty = boxY + 18
  ty += drawText(doc, t.verify, textX, ty, { color: palette.muted, size: 9.5, width: textWidth }) + 2
  ty += drawText(doc, certificate.verificationUrl, textX, ty, { color: palette.accent, font: 'semibold', size: 9.5, width: textWidth }) + 8
  drawText(doc, t.verifyCode(certificate.verificationCode), textX, ty, { color: palette.ink, size: 10, width: textWidth })
  return pdfToBuffer(doc)
}
