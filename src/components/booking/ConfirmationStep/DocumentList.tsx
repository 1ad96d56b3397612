'use client'

import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'

import styles from '../booking.module.css'
import { callApi } from '../callApi'

type BookingDocument = { currency: string; issuedAt: string; kind: 'CREDIT_NOTE' | 'INVOICE'; number: string; pdfUrl: string; total: number }

// Links are signed for 15 minutes: the list is asked again well before they expire.
const REFRESH_MS = 10 * 60_000

/** The booking's invoices and credit notes, each with its PDF (links signed by the server for 15 minutes). */
export const DocumentList = ({ reference, token }: { reference: string; token: string }) => {
  const t = useTranslations('booking.confirmation')
  const locale = useLocale()
  const [documents, setDocuments] = useState<BookingDocument[] | null>(null)

  useEffect(() => {
    let stopped = false
    const load = async () => {
      const result = await callApi<{ invoices: BookingDocument[] }>(`/bookings/${encodeURIComponent(reference)}/documents`, { token })
      if (!stopped && result.ok) setDocuments(result.data.invoices)
    }
    void load()
    const timer = window.setInterval(() => void load(), REFRESH_MS)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [reference, token])

  if (!documents?.length) return null
  return (
    <section aria-labelledby="booking-documents" className={styles.card}>
      <h2 id="booking-documents">{t('documentsTitle')}</h2>
      <ul className={styles.documents}>
        {documents.map((document) => (
          <li key={document.number}>
            <span>
              {t(document.kind === 'INVOICE' ? 'documentInvoice' : 'documentCreditNote', { number: document.number })} ·{' '}
              {new Date(document.issuedAt).toLocaleDateString(locale, { dateStyle: 'medium' })} · {formatMoney(document.total, document.currency, locale)}
            </span>{' '}
            <a data-testid="document-link" href={document.pdfUrl} rel="noopener" target="_blank">
              {t('documentDownload')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
