import { getLocale, getTranslations } from 'next-intl/server'

/** 404 inside a language (unknown page, draft or unknown event). */
export default async function NotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'site.notFound' })
  return (
    <section className="section">
      <div className="container prose">
        <h1>{t('title')}</h1>
        <p>{t('text')}</p>
        <p>
          <a className="button" href={`/${locale}`}>{t('home')}</a>
        </p>
      </div>
    </section>
  )
}
