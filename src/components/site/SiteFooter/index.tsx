import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

import styles from './styles.module.css'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.grid}`}>
        <div>
          <p className={styles.brand}>{t('meta.siteName')}</p>
          <p>{t('footer.about')}</p>
        </div>
        <div>
          <p>{t('footer.contact')}</p>
          <p>{t('footer.legal')}</p>
          <p>
            <a href={`/${locale}/events`}>{t('events.allDates')}</a>
          </p>
        </div>
      </div>
    </footer>
  )
}
