import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/** Tells a signed-in editor that the page shows unpublished content, with a way out of draft mode. */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site.preview' })
  return (
    <div role="status" style={{ background: 'var(--warm-soft)', color: 'var(--warm)', fontWeight: 600, padding: '0.5rem 1rem', textAlign: 'center' }}>
      {t('banner')} <a href={`/preview/exit?path=/${locale}`}>{t('exit')}</a>
    </div>
  )
}
