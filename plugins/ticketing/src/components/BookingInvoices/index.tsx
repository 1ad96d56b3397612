import type { PayloadRequest } from 'payload'

import { findBookingInvoices } from '../../db/invoices/findBookingInvoices'
import { formatDecimal } from '../../domain/formatDecimal'
import { documentUrl } from '../../operations/invoices/bookingDocuments'
import type { TicketingTranslationKey } from '../../translations/languages/en'

type Props = { id: number; req: PayloadRequest; t: (key: TicketingTranslationKey) => string; when: (iso: string) => string }

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' } as const
const number = { ...cell, fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const

/** A booking's invoices and credit notes on its admin page: number (to the document), kind, date, amounts, and its PDF (a link signed for 15 minutes). */
export const BookingInvoices = async ({ id, req, t, when }: Props) => {
  const documents = await findBookingInvoices(req, id)
  const admin = req.payload.config.routes?.admin ?? '/admin'
  return (
    <section aria-labelledby="booking-activity-invoices">
      <h3 id="booking-activity-invoices">{t('invoices')}</h3>
      {documents.length === 0 ? (
        <p>{t('invoicesNone')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{t('number')}</th>
              <th style={cell}>{t('kind')}</th>
              <th style={cell}>{t('issuedAt')}</th>
              <th style={number}>{t('totalExclTax')}</th>
              <th style={number}>{t('tax')}</th>
              <th style={number}>{t('total')}</th>
              <th style={cell}>PDF</th>
            </tr>
          </thead>
          <tbody>
            {documents.map(({ data, id: documentId }) => (
              <tr data-invoice-kind={data.kind} key={documentId}>
                <td style={cell}>
                  <a href={`${admin}/collections/invoices/${documentId}`}>{data.number}</a>
                </td>
                <td style={cell}>{t(`status_${data.kind}`)}</td>
                <td style={cell}>{when(data.issuedAt)}</td>
                <td style={number}>{formatDecimal(data.totalExclTax, data.currency)}</td>
                <td style={number}>{formatDecimal(data.tax, data.currency)}</td>
                <td style={number}>
                  {formatDecimal(data.total, data.currency)} {data.currency}
                </td>
                <td style={cell}>
                  <a href={documentUrl(req, data.number)} rel="noopener" target="_blank">
                    {t('invoicePdf')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
