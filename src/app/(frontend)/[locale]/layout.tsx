import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { previewUser } from '../_lib/previewUser'
import { siteUrl } from '../_lib/siteUrl'
import { isLocale } from '@/i18n/locales'
import { LivePreviewRefresh } from '@/components/site/LivePreviewRefresh/index.client'
import { PreviewBanner } from '@/components/site/PreviewBanner'
import { SiteFooter } from '@/components/site/SiteFooter'
import { SiteHeader } from '@/components/site/SiteHeader'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'site.meta' })
  return {
    description: t('description'),
    icons: { icon: { type: 'image/svg+xml', url: '/icon.svg' } },
    metadataBase: new URL(await siteUrl()),
    openGraph: { locale: locale === 'fr' ? 'fr_FR' : 'en_GB', siteName: t('siteName'), type: 'website' },
    title: { default: t('siteName'), template: `%s · ${t('siteName')}` },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site.header' })
  const previewing = Boolean(await previewUser())
  // Client components get only what they use: the event page's price box, the cards' live
  // prices and seats, and the booking flow.
  const { booking, promo, site, waitlist } = (await getMessages()) as { booking: object; promo: object; site: { event: object; events: object }; waitlist: object }
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        {previewing ? <PreviewBanner locale={locale} /> : null}
        {previewing ? <LivePreviewRefresh serverURL={await siteUrl()} /> : null}
        <SiteHeader locale={locale} />
        <NextIntlClientProvider messages={{ booking, promo, site: { event: site.event, events: site.events }, waitlist }}>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </NextIntlClientProvider>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
