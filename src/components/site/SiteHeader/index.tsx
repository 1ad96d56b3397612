import { getTranslations } from 'next-intl/server'

import { LOCALES, type Locale } from '@/i18n/locales'

import { LanguageSwitcher } from '../LanguageSwitcher/index.client'
import styles from './styles.module.css'

/** Brand, main navigation (sections of the home page), language switch and the Book button. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site.header' })
  const other = LOCALES.find((code) => code !== locale) ?? 'en'
  const home = `/${locale}`
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <a className={styles.brand} href={home}>
          <span aria-hidden="true" className={styles.mark}>
            ACT
          </span>
          <span className={styles.brandText}>
            <span className={styles.brandName}>Masterclass ACT</span>
            <span className={styles.brandLine}>{t('brandLine')}</span>
          </span>
        </a>
        <nav aria-label={t('nav')} className={styles.nav}>
          <ul>
            <li><a href={`${home}#programme`}>{t('programme')}</a></li>
            <li><a href={`${home}#speaker`}>{t('speaker')}</a></li>
            <li><a href={`${home}#dates`}>{t('dates')}</a></li>
            <li><a href={`${home}#faq`}>{t('faq')}</a></li>
          </ul>
        </nav>
        <div className={styles.actions}>
          <LanguageSwitcher label={t('switchToLabel')} target={other} text={t('switchTo')} />
          <a className={`button ${styles.book}`} href={`${home}#dates`}>
            {t('book')}
          </a>
        </div>
      </div>
    </header>
  )
}
