import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { callTicketing } from '@/app/(frontend)/_lib/callTicketing'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: string; number: string }>; searchParams: Promise<{ c?: string | string[] }> }

type Check = { attendeeName: string; city: string; endsAt: string; eventTitle: string; hours: number; issuedAt: string; number: string; startsAt: string; status: 'REVOKED' | 'VALID' }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'site.certificate' })
  return { robots: { follow: false, index: false }, title: t('title') }
}

/**
 * The address printed (and in the QR code) on a certificate of attendance: whether the
 * certificate with this number and code is valid or was revoked, and what it certifies —
 * nothing else, and the same "not found" for a wrong number or a wrong code.
 */
export default async function CertificatePage({ params, searchParams }: Params) {
  const { locale, number } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const code = (await searchParams).c
  const t = await getTranslations('site.certificate')
  const { body, status } = await callTicketing<Check>('/ticketing/certificates/:number', { params: { number }, query: { c: typeof code === 'string' ? code : '' } })
  const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso))
  return (
    <section className="section">
      <div className="container prose">
        <h1>{t('title')}</h1>
        {status !== 200 ? (
          <p data-testid="certificate-status" data-status="NOT_FOUND" role="status">{t('notFound')}</p>
        ) : (
          <>
            <p data-status={body.status} data-testid="certificate-status" role="status" style={{ color: body.status === 'VALID' ? '#1f7a3a' : '#b3261e', fontSize: '1.5rem', fontWeight: 700 }}>
              {body.status === 'VALID' ? t('valid') : t('revoked')}
            </p>
            <dl>
              <dt>{t('number')}</dt>
              <dd>{body.number}</dd>
              <dt>{t('attendee')}</dt>
              <dd>{body.attendeeName}</dd>
              <dt>{t('training')}</dt>
              <dd>
                {body.eventTitle}, {body.city}
              </dd>
              <dt>{t('dates')}</dt>
              <dd>
                {date(body.startsAt)} – {date(body.endsAt)} · {t('hours', { hours: body.hours })}
              </dd>
              <dt>{t('issued')}</dt>
              <dd>{date(body.issuedAt)}</dd>
            </dl>
          </>
        )}
      </div>
    </section>
  )
}
