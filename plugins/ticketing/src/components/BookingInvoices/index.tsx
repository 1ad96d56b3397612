import type { PayloadRequest } from 'payload'

import { findBookingInvoices } from '../../db/invoices/findBookingInvoices'
import { formatMoney } from '../../domain/formatMoney'
import { documentUrl } from '../../operations/invoices/bookingDocuments'
import type { TicketingTranslationKey } from '../../translations/languages/en'
import { LocalDateTime } from '../LocalDateTime/index.client'

type Props = { id: number; language: string; req: PayloadRequest; t: (key: TicketingTranslationKey) => string }

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' } as const
const number = { ...cell, fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const

/** A booking's invoices and credit notes on its admin page: number (to the document), kind, date, amounts, and its PDF (a link signed for 15 minutes). */
export const BookingInvoices = async ({ id, language, req, t }: Props) => {
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
              <th style={cell}>{t('documentFile')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map(({ data, id: documentId }) => (
              <tr data-invoice-kind={data.kind} key={documentId}>
                <td style={cell}>
                  <a href={`${admin}/collections/invoices/${documentId}`}>{data.number}</a>
                </td>
                <td style={cell}>{t(`status_${data.kind}` as TicketingTranslationKey)}</td>
                <td style={cell}><LocalDateTime value={data.issuedAt} /></td>
                <td style={number}>{formatMoney(data.totalExclTax, data.currency, language)}</td>
                <td style={number}>{formatMoney(data.tax, data.currency, language)}</td>
                <td style={number}>
                  {formatMoney(data.total, data.currency, language)}
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
