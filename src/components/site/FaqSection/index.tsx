import type { Faq } from '@/payload-types'

import styles from './styles.module.css'

/** Questions and answers as disclosure widgets: keyboard-operable with no script. */
export function FaqSection({ faqs, heading }: { faqs: Faq[]; heading: string }) {
  if (!faqs.length) return null
  return (
    <section aria-labelledby="faq-title" className="section section--alt" id="faq">
      <div className={`container ${styles.layout}`}>
        <h2 id="faq-title">{heading}</h2>
        <div className={styles.list}>
          {faqs.map((faq) => (
            <details className={styles.item} key={faq.id}>
              <summary>{faq.question}</summary>
              <p>{faq.answer}</p>
            </details>
          ))}
        </div>
      </div>
    </section>
  )
}
