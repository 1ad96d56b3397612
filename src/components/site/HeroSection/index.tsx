import type { Locale } from '@/i18n/locales'

import type { PageBlock } from '../blockTypes'
import { localHref } from '../localHref'
import styles from './styles.module.css'

/** The page's opening: kicker, title (the page's only h1), a sentence, the main button and key figures. */
export function HeroSection({ block, locale, secondary }: { block: PageBlock<'hero'>; locale: Locale; secondary?: { href: string; label: string } }) {
  return (
    <section className={styles.hero}>
      <div className={`container ${styles.inner}`}>
        <div className={styles.text}>
          {block.eyebrow ? <p className={styles.eyebrow}>{block.eyebrow}</p> : null}
          <h1>{block.heading}</h1>
          {block.subheading ? <p className={styles.lead}>{block.subheading}</p> : null}
          <div className={styles.buttons}>
            {block.ctaLabel ? (
              <a className="button button--light" href={localHref(block.ctaLink || '#dates', locale)}>
                {block.ctaLabel}
              </a>
            ) : null}
            {secondary ? (
              <a className="button button--outline-light" href={secondary.href}>
                {secondary.label}
              </a>
            ) : null}
          </div>
        </div>
        {block.facts?.length ? (
          <dl className={styles.facts}>
            {block.facts.map((fact) => (
              <div className={styles.fact} key={fact.id ?? fact.label}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
    </section>
  )
}
