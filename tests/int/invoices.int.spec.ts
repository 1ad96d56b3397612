import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { auditEntriesOf } from '../helpers/audit'
import { createEvent, createSeller, createStaff } from '../helpers/fixtures'
import { bookAndStartPayment, sqlRows, storedBooking } from '../helpers/payments'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'
import { rest } from '../helpers/rest'
import config from '../helpers/testPayloadConfig'
import { bearer, book } from '../helpers/ticketing'

let payload: Payload
let payments: PaymentsFile['payments']
let finance: string
let admin: string

paymentsFile((file) => ({ payload, payments } = file))

beforeAll(async () => {
  finance = (await createStaff(payload, ['finance'])).token
  admin = (await createStaff(payload, ['admin'])).token
})

const clinic = {
  address: { city: 'Bordeaux', country: 'fr', line1: '24 cours de l’Intendance', line2: 'Service formation', postalCode: '33000' },
  company: 'Clinique des Tilleuls',
  purchaseOrder: 'BC-2026-1187',
  registrationNumber: '552100554',
  vatNumber: 'FR 96 552 100 554',
}

const documentsOf = async (bookingId: number) =>
  sqlRows(payload, sql`SELECT number, kind, total::int, tax::int, total_excl_tax::int, related_invoice_id, data FROM invoices WHERE booking_id = ${bookingId} ORDER BY id`)

/** Σ invoices − Σ credit notes, and what the ledger kept: payments − refunds − lost disputes. */
const balances = async (bookingId: number) => {
  const docs = await documentsOf(bookingId)
  const invoiced = docs.reduce((sum, d) => sum + (d.kind === 'INVOICE' ? 1 : -1) * Number(d.total), 0)
  const [ledger] = await sqlRows(
    payload,
    sql`SELECT coalesce(sum(CASE WHEN kind = 'PAYMENT' AND status = 'succeeded' THEN amount WHEN kind = 'REFUND' AND status = 'succeeded' THEN -amount
                                 WHEN kind = 'DISPUTE' AND status = 'lost' THEN -amount ELSE 0 END), 0)::int AS net
        FROM booking_payments WHERE booking_id = ${bookingId}`,
  )
  return { invoiced, ledger: Number(ledger.net) }
}

const pay = async (eventId: number, body: Record<string, unknown> = {}) => {
  const { booking, intent } = await bookAndStartPayment(eventId, body)
  await payments.control.succeed(intent.paymentIntentId)
  await payments.control.waitForWebhooks()
  return { booking, id: (await storedBooking(payload, booking.reference)).id as number, intent }
}

describe('sellers', () => {
  it('never share a number series: a prefix another seller uses is refused, for invoices and credit notes alike', async () => {
    const first = (await createSeller(payload)) as unknown as { creditNotePrefix: string; invoicePrefix: string }
    await expect(createSeller(payload, { invoicePrefix: first.invoicePrefix })).rejects.toThrow(/invalid/i)
    await expect(createSeller(payload, { invoicePrefix: first.creditNotePrefix })).rejects.toThrow(/invalid/i)
    await expect(createSeller(payload, { creditNotePrefix: first.invoicePrefix })).rejects.toThrow(/invalid/i)
    // A seller keeps its own prefixes when it is edited.
    const kept = await payload.update({ collection: 'sellers', data: { name: 'Renamed Formation' } as never, id: (first as unknown as { id: number }).id })
    expect(kept).toMatchObject({ invoicePrefix: first.invoicePrefix, name: 'Renamed Formation' })
  })
})

describe('invoice details at booking', () => {
  it('are validated field by field: VAT number, country, required address lines, unknown fields', async () => {
    const event = await createEvent(payload)
    const answer = await book({ eventId: event.id, invoice: { ...clinic, address: { ...clinic.address, country: 'XX', line1: '' }, vatNumber: 'FR00552100554' } })
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('VALIDATION')
    expect(Object.keys(answer.body.error.details.fields).sort()).toEqual(['invoice.address.country', 'invoice.address.line1', 'invoice.vatNumber'])
    const unknown = await book({ eventId: event.id, invoice: { ...clinic, siret: '1' } })
    expect(unknown.status).toBe(400)
    expect((await book({ eventId: event.id, invoice: { company: 'X' } })).body.error.details.fields).toHaveProperty(['invoice.address'])
  })

  it('can be changed by the buyer until the invoice is issued, then 409 INVOICE_ISSUED', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id, { invoice: { ...clinic, company: 'Wrong name' } })
    const put = (invoice: unknown, token = booking.accessToken) => rest('PUT', `/ticketing/bookings/${booking.reference}/invoice-details`, { body: { invoice }, headers: bearer(token) })
    expect((await put(clinic, 'not-the-token')).status).toBe(404)
    expect((await put({ ...clinic, vatNumber: 'FR12' })).status).toBe(400)
    const changed = await put(clinic)
    expect(changed.status).toBe(200)
    expect(changed.body.invoice).toMatchObject({ address: { country: 'FR' }, company: 'Clinique des Tilleuls', vatNumber: 'FR96552100554' })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    const late = await put({ ...clinic, company: 'Too late' })
    expect(late.status).toBe(409)
    expect(late.body.error.code).toBe('INVOICE_ISSUED')
    const [invoice] = await documentsOf((await storedBooking(payload, booking.reference)).id)
    expect((invoice.data as { buyer: { company: string } }).buyer.company).toBe('Clinique des Tilleuls')
  })
})

describe('the invoice of a paid booking', () => {
  it('is issued when the payment is confirmed, made out to the organisation, with every value frozen', async () => {
    const event = await createEvent(payload, { groupDiscountPercent: 10, groupMinimum: 3, title: 'Masterclass ACT — Bordeaux' })
    const { booking, id } = await pay(event.id, { attendees: [{ name: 'Claire Martin' }, { name: 'Paul Durand' }, { name: 'Inès Benali' }], invoice: clinic, locale: 'en', quantity: 3 })
    const [invoice, ...others] = await documentsOf(id)
    expect(others).toEqual([])
    const year = new Date().getUTCFullYear()
    expect(invoice).toMatchObject({ kind: 'INVOICE', number: expect.stringMatching(new RegExp(`^FA[A-Z]*(${year}|${year + 1})-\\d{5}$`)), total: 121_500, tax: 20_250, total_excl_tax: 101_250 })
    expect(invoice.data).toMatchObject({
      bookingReference: booking.reference,
      buyer: { company: 'Clinique des Tilleuls', registrationNumber: '552100554', vatNumber: 'FR96552100554' },
      discounts: [{ amount: 13_500, kind: 'GROUP' }],
      kind: 'INVOICE',
      language: 'fr-en',
      lines: [{ attendeeNames: ['Claire Martin', 'Paul Durand', 'Inès Benali'], quantity: 3, unitPrice: 45_000 }],
      payment: { method: 'card' },
      purchaseOrder: 'BC-2026-1187',
      seller: { name: 'Test Formation', taxes: [{ name: 'TVA', ratePercent: '20' }] },
      service: { title: 'Masterclass ACT — Bordeaux' },
      taxes: [{ amount: 20_250, base: 101_250, name: 'TVA', ratePercent: '20' }],
    })
    // A webhook delivered again issues nothing more.
    await payments.control.flush({ order: 'fifo' })
    await payments.control.waitForWebhooks()
    expect(await documentsOf(id)).toHaveLength(1)
  })

  it('of a booking priced with a promo code confirms the payment and prints the code’s discount', async () => {
    const event = await createEvent(payload, { title: 'Masterclass ACT — Nantes' })
    const code = `INV-${Date.now().toString(36).toUpperCase()}`
    await payload.create({ collection: 'promo-codes', data: { code, kind: 'PERCENT', percent: 10 } as never })
    const { id } = await pay(event.id, { promoCode: code })
    expect((await payload.findByID({ collection: 'bookings', id })) as unknown as Record<string, unknown>).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED', total: 40_500 })
    const [invoice] = await documentsOf(id)
    expect(invoice).toMatchObject({ kind: 'INVOICE', total: 40_500 })
    expect(invoice!.data).toMatchObject({ discounts: [{ amount: 4_500, code, kind: 'PROMO' }], total: 40_500 })
  })

  it('is never edited nor deleted: not through the API, not in the database', async () => {
    const event = await createEvent(payload)
    const { id } = await pay(event.id)
    const [{ number }] = await documentsOf(id)
    const [row] = await sqlRows(payload, sql`SELECT id FROM invoices WHERE number = ${number}`)
    expect((await rest('PATCH', `/invoices/${row.id}`, { body: { buyerName: 'Someone else' }, token: admin })).status).toBe(403)
    expect((await rest('DELETE', `/invoices/${row.id}`, { token: admin })).status).toBe(403)
    expect((await rest('POST', '/invoices', { body: { number: 'FA2099-00001' }, token: admin })).status).toBe(403)
    await expect(sqlRows(payload, sql`UPDATE invoices SET total = 1 WHERE id = ${row.id}`)).rejects.toThrow()
    await expect(sqlRows(payload, sql`DELETE FROM invoices WHERE id = ${row.id}`)).rejects.toThrow()
    expect((await rest('GET', `/invoices/${row.id}`, { token: finance })).body).toMatchObject({ number })
  })

  it('is not issued for a free booking', async () => {
    const event = await createEvent(payload, { regularPrice: 0 })
    const created = await book({ eventId: event.id })
    expect(created.body.status).toBe('CONFIRMED')
    expect(await documentsOf((await storedBooking(payload, created.body.reference)).id)).toEqual([])
  })
})

describe('credit notes', () => {
  it('credit each refund, partial then the rest, so invoices less credit notes equal the ledger', async () => {
    const event = await createEvent(payload)
    const { booking, id } = await pay(event.id, { attendees: [{ name: 'Ann' }, { name: 'Bob' }], quantity: 2 })
    expect((await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: { amount: 12_345 }, token: finance })).status).toBe(202)
    await payments.control.waitForWebhooks()
    expect((await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: {}, token: finance })).status).toBe(202)
    await payments.control.waitForWebhooks()
    const [invoice, partial, rest_] = await documentsOf(id)
    expect([invoice.kind, partial.kind, rest_.kind]).toEqual(['INVOICE', 'CREDIT_NOTE', 'CREDIT_NOTE'])
    expect([partial.total, rest_.total]).toEqual([12_345, 90_000 - 12_345])
    expect(Number(partial.total_excl_tax) + Number(partial.tax)).toBe(12_345)
    expect(partial.data).toMatchObject({ reason: 'Remboursement partiel', relatedInvoice: { number: invoice.number } })
    expect(partial.number).toMatch(/^AV[A-Z]*\d{4}-\d{5}$/)
    expect(await balances(id)).toEqual({ invoiced: 0, ledger: 0 })
  })

  it('credit a lost dispute', async () => {
    const event = await createEvent(payload)
    const { id, intent } = await pay(event.id)
    const dispute = await payments.control.dispute(intent.paymentIntentId, { reason: 'fraudulent' })
    await payments.control.waitForWebhooks()
    expect(await documentsOf(id)).toHaveLength(1)
    await payments.control.closeDispute(dispute.id, 'lost')
    await payments.control.waitForWebhooks()
    const [, credit] = await documentsOf(id)
    expect(credit).toMatchObject({ kind: 'CREDIT_NOTE', total: 45_000 })
    expect(await balances(id)).toEqual({ invoiced: 0, ledger: 0 })
  })
})

describe('POST /invoices/:number/reissue', () => {
  it('credits the whole invoice and issues a new one with the corrected details, with an audit entry', async () => {
    const event = await createEvent(payload)
    const { id } = await pay(event.id, { invoice: { ...clinic, company: 'Clinique des Tileuls' } })
    const [original] = await documentsOf(id)
    const reissue = (number: string, token = finance) => rest('POST', `/ticketing/invoices/${number}/reissue`, { body: { invoice: clinic }, token })
    expect((await reissue(original.number as string, (await createStaff(payload, ['editor'])).token)).status).toBe(403)
    expect((await reissue('FA2026-99999')).status).toBe(404)
    const answer = await reissue(original.number as string)
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ creditNote: { kind: 'CREDIT_NOTE', total: 45_000 }, invoice: { kind: 'INVOICE', total: 45_000 } })
    const [, credit, replacement] = await documentsOf(id)
    expect(credit.number).toBe(answer.body.creditNote.number)
    expect(replacement).toMatchObject({ number: answer.body.invoice.number })
    expect(replacement.data).toMatchObject({ buyer: { company: 'Clinique des Tilleuls' } })
    expect(await balances(id)).toEqual({ invoiced: 45_000, ledger: 45_000 })
    const [entry] = (await auditEntriesOf(payload, id)).filter((e) => e.action === 'invoice.reissue')
    expect(entry.details).toMatchObject({ creditNote: credit.number, invoice: replacement.number, replaced: original.number })
    const again = await reissue(original.number as string)
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('INVOICE_CREDITED')
  })
})

describe('POST /invoices/:number/reissue after a partial refund', () => {
  it('credits what the invoice has left and invoices that with the corrected details, so invoices less credit notes still equal the ledger', async () => {
    const event = await createEvent(payload)
    const { booking, id } = await pay(event.id, { attendees: [{ name: 'Ann' }, { name: 'Bob' }], invoice: { ...clinic, company: 'Clinique des Tileuls' }, quantity: 2 })
    expect((await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: { amount: 12_345 }, token: finance })).status).toBe(202)
    await payments.control.waitForWebhooks()
    const [original, refund] = await documentsOf(id)
    expect(await balances(id)).toEqual({ invoiced: 90_000 - 12_345, ledger: 90_000 - 12_345 })

    const answer = await rest('POST', `/ticketing/invoices/${original.number}/reissue`, { body: { invoice: clinic }, token: finance })
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ creditNote: { kind: 'CREDIT_NOTE', total: 77_655 }, invoice: { kind: 'INVOICE', total: 77_655 } })
    const [, , correction, replacement, ...others] = await documentsOf(id)
    expect(others).toEqual([])
    expect(correction).toMatchObject({ data: { relatedInvoice: { number: original.number } }, kind: 'CREDIT_NOTE', number: answer.body.creditNote.number, total: 77_655 })
    expect(Number(replacement.total_excl_tax) + Number(replacement.tax)).toBe(77_655)
    expect(replacement.data).toMatchObject({
      buyer: { company: 'Clinique des Tilleuls' },
      discounts: [{ amount: 12_345, code: refund.number, kind: 'CREDITED' }],
      lines: [{ amount: 90_000, attendeeNames: ['Ann', 'Bob'], quantity: 2 }],
      total: 77_655,
    })
    expect(await balances(id)).toEqual({ invoiced: 77_655, ledger: 77_655 })
    // Its PDF renders (lines less discounts make its total), and its Factur-X carries what was credited.
    const listed = await rest('GET', `/ticketing/bookings/${booking.reference}/documents`, { headers: bearer(booking.accessToken) })
    const replacementPdf = await download(listed.body.invoices.find((d: { number: string }) => d.number === replacement.number).pdfUrl)
    expect(replacementPdf.status).toBe(200)
    expect(replacementPdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')

    // The rest refunded later is credited against the new invoice: still equal, to the minor unit.
    expect((await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: {}, token: finance })).status).toBe(202)
    await payments.control.waitForWebhooks()
    const last = (await documentsOf(id)).at(-1)!
    expect(last).toMatchObject({ kind: 'CREDIT_NOTE', total: 77_655 })
    expect(last.data).toMatchObject({ relatedInvoice: { number: replacement.number } })
    expect(await balances(id)).toEqual({ invoiced: 0, ledger: 0 })
  })

  it('refuses an invoice refunded in full: 409 INVOICE_CREDITED, nothing left to correct', async () => {
    const event = await createEvent(payload)
    const { booking, id } = await pay(event.id)
    expect((await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: {}, token: finance })).status).toBe(202)
    await payments.control.waitForWebhooks()
    const [original] = await documentsOf(id)
    const answer = await rest('POST', `/ticketing/invoices/${original.number}/reissue`, { body: { invoice: clinic }, token: finance })
    expect(answer.status).toBe(409)
    expect(answer.body.error).toMatchObject({ code: 'INVOICE_CREDITED', message: expect.stringMatching(/nothing left to correct/) })
    expect(await documentsOf(id)).toHaveLength(2)
    expect(await balances(id)).toEqual({ invoiced: 0, ledger: 0 })
  })
})

/** Messages the run's SMTP server received for `to`. */
const mailTo = (to: string) => {
  const dir = process.env.MAIL_CAPTURE_DIR as string
  return fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).filter((raw) => raw.includes(`To: ${to}`))
}

/** Messages the run's SMTP server delivered to `address`, from their envelopes (Bcc included): the raw message and every recipient. */
const deliveredTo = (address: string) => {
  const dir = process.env.MAIL_CAPTURE_DIR as string
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.envelope.json'))
    .map((f) => ({ envelope: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { to: string[] }, raw: fs.readFileSync(path.join(dir, f.replace(/\.envelope\.json$/, '.eml')), 'utf8') }))
    .filter(({ envelope }) => envelope.to.includes(address))
}

/** The bytes of the attachment named `filename` in a raw message (base64 part). */
const attachment = (raw: string, filename: string): Buffer | null => {
  const at = raw.indexOf(`filename=${filename}`) >= 0 ? raw.indexOf(`filename=${filename}`) : raw.indexOf(`filename="${filename}"`)
  if (at < 0) return null
  const start = raw.indexOf('\r\n\r\n', at) + 4
  const end = raw.indexOf('\r\n--', start)
  return Buffer.from(raw.slice(start, end).replace(/\s+/g, ''), 'base64')
}

const runEmailJobs = async (bookingId: number) => {
  const jobs = await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${bookingId} AND completed_at IS NULL`)
  for (const job of jobs) await payload.jobs.runByID({ id: job.id as number })
}

/** GET a document link through the site's REST handler: its status, type and bytes. */
const download = async (pdfUrl: string) => {
  const url = new URL(pdfUrl, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await REST_GET(config)(new Request(url), { params: Promise.resolve({ slug }) })
  return { bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers, status: response.status }
}

describe('delivery', () => {
  it('the confirmation email carries the invoice PDF, the same bytes as the signed download the documents list gives', async () => {
    const event = await createEvent(payload)
    const { booking, id } = await pay(event.id, { invoice: clinic })
    await runEmailJobs(id)
    const buyer = (await storedBooking(payload, booking.reference)).buyer.email
    const [message] = mailTo(buyer).filter((raw) => raw.includes('X-Ticketing-Template: confirmation'))
    const listed = await rest('GET', `/ticketing/bookings/${booking.reference}/documents`, { headers: bearer(booking.accessToken) })
    expect(listed.status).toBe(200)
    expect(listed.body).toMatchObject({ certificates: [], invoices: [{ currency: 'EUR', kind: 'INVOICE', tax: 7_500, total: 45_000, totalExclTax: 37_500 }] })
    const [invoice] = listed.body.invoices
    const emailed = attachment(message, `${invoice.number}.pdf`)
    expect(emailed?.subarray(0, 5).toString()).toBe('%PDF-')
    const file = await download(invoice.pdfUrl)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.bytes.equals(emailed!)).toBe(true)
    // Another document's number, an altered token or no token: 404.
    expect((await download(invoice.pdfUrl.replace(invoice.number, 'FA2020-00001'))).status).toBe(404)
    expect((await download(invoice.pdfUrl.replace(/token=d1\.(\d+)/, (_: string, t: string) => `token=d1.${Number(t) + 60}`))).status).toBe(404)
    expect((await download(invoice.pdfUrl.replace(/\?token=.*/, ''))).status).toBe(404)
    expect((await rest('GET', `/ticketing/bookings/${booking.reference}/documents`, { headers: bearer('wrong') })).status).toBe(404)
  })

  it('the refund email carries the credit note', async () => {
    const event = await createEvent(payload)
    const { booking, id } = await pay(event.id)
    await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: { amount: 10_000 }, token: finance })
    await payments.control.waitForWebhooks()
    await runEmailJobs(id)
    const [, credit] = await documentsOf(id)
    const buyer = (await storedBooking(payload, booking.reference)).buyer.email
    const [message] = mailTo(buyer).filter((raw) => raw.includes('X-Ticketing-Template: refund'))
    expect(attachment(message, `${credit.number}.pdf`)?.subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe('the seller’s copy', () => {
  it('of the confirmation and of the refund email reaches the seller’s address at the SMTP server, with the same PDF, unseen by the buyer', async () => {
    const sellerEmail = `compta-${Date.now().toString(36)}@example.fr`
    const seller = await createSeller(payload, { email: sellerEmail, name: 'Copy Formation' })
    const event = await createEvent(payload, { seller: seller.id })
    const { booking, id } = await pay(event.id, { invoice: clinic })
    await runEmailJobs(id)
    const buyer = (await storedBooking(payload, booking.reference)).buyer.email
    const [invoice] = await documentsOf(id)

    const [confirmation, ...more] = deliveredTo(sellerEmail)
    expect(more).toEqual([])
    // One message, to the buyer and (Bcc) the seller: the seller's address is in the envelope only.
    expect(confirmation.envelope.to.sort()).toEqual([buyer, sellerEmail].sort())
    expect(confirmation.raw).toContain('X-Ticketing-Template: confirmation')
    expect(confirmation.raw).toContain(`To: ${buyer}`)
    expect(confirmation.raw).not.toContain(sellerEmail)
    const listed = await rest('GET', `/ticketing/bookings/${booking.reference}/documents`, { headers: bearer(booking.accessToken) })
    const stored = await download(listed.body.invoices[0].pdfUrl)
    expect(attachment(confirmation.raw, `${invoice.number}.pdf`)?.equals(stored.bytes)).toBe(true)

    // A refund's credit note is copied the same way.
    await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: { amount: 10_000 }, token: finance })
    await payments.control.waitForWebhooks()
    await runEmailJobs(id)
    const [, credit] = await documentsOf(id)
    const refund = deliveredTo(sellerEmail).find(({ raw }) => raw.includes('X-Ticketing-Template: refund'))
    expect(refund?.envelope.to.sort()).toEqual([buyer, sellerEmail].sort())
    expect(attachment(refund!.raw, `${credit.number}.pdf`)?.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('is not sent when the seller has no address: the buyer alone receives the invoice', async () => {
    const seller = await createSeller(payload, { email: null, name: 'No Copy Formation' })
    const event = await createEvent(payload, { seller: seller.id })
    const { booking, id } = await pay(event.id)
    await runEmailJobs(id)
    const buyer = (await storedBooking(payload, booking.reference)).buyer.email
    const [confirmation, ...more] = deliveredTo(buyer)
    expect(more).toEqual([])
    expect(confirmation.envelope.to).toEqual([buyer])
    expect(confirmation.raw).toContain('application/pdf')
  })
})

describe('GET /exports/invoices.csv', () => {
  it('lists a seller\'s invoices and credit notes for the accountant, amounts in decimals, formulas neutralised', async () => {
    const seller = await createSeller(payload, { creditNotePrefix: 'XAV', invoicePrefix: 'XFA', name: 'Export Formation' })
    const event = await createEvent(payload, { seller: seller.id })
    const { booking } = await pay(event.id, { invoice: { ...clinic, company: '=HYPERLINK("http://x")' } })
    await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: { amount: 4_500 }, token: finance })
    await payments.control.waitForWebhooks()
    expect((await rest('GET', '/ticketing/exports/invoices.csv', { token: (await createStaff(payload, ['editor'])).token })).status).toBe(403)
    expect((await rest('GET', '/ticketing/exports/invoices.csv?seller=abc', { token: finance })).status).toBe(400)
    const answer = await rest('GET', `/ticketing/exports/invoices.csv?seller=${seller.id}&delimiter=;`, { token: finance })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (answer.body as string).replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines[0]).toBe('number;kind;issuedAt;seller;bookingReference;buyerName;buyerCompany;buyerVatNumber;currency;totalExclTax;taxes;total;relatedInvoice')
    expect(lines).toHaveLength(3)
    const [invoice, credit] = lines.slice(1).map((line) => line.split(';'))
    expect(invoice[0]).toMatch(/^XFA\d{4}-00001$/)
    expect([invoice[1], invoice[3], invoice[4], invoice[6], invoice[7], invoice[8], invoice[9], invoice[10], invoice[11], invoice[12]]).toEqual([
      'INVOICE', 'Export Formation', booking.reference, `"'=HYPERLINK(""http://x"")"`, 'FR96552100554', 'EUR', '375.00', 'TVA 20%: 75.00', '450.00', '',
    ])
    expect([credit[0], credit[1], credit[9], credit[10], credit[11], credit[12]]).toEqual([expect.stringMatching(/^XAV\d{4}-00001$/), 'CREDIT_NOTE', '37.50', 'TVA 20%: 7.50', '45.00', invoice[0]])
  })
})
