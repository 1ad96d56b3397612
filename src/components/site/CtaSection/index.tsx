import type { Locale } from '@/i18n/locales'

import type { PageBlock } from '../blockTypes'
import { localHref } from '../localHref'
import styles from './styles.module.css'

export function CtaSection({ block, locale }: { block: PageBlock<'cta'>; locale: Locale }) {
  return (
    <section aria-labelledby={`cta-${block.id}`} className={styles.cta}>
      <div className={`container ${styles.inner}`}>
        <div>
          <h2 id={`cta-${block.id}`}>{block.heading}</h2>
          {block.text ? <p>{block.text}</p> : null}
        </div>
        <a className="button button--light" href={localHref(block.link, locale)}>
          {block.buttonLabel}
        </a>
      </div>
    </section>
  )
}
