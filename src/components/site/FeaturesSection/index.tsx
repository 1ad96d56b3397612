import type { PageBlock } from '../blockTypes'
import styles from './styles.module.css'

/** The masterclass presentation: heading, introduction and a grid of numbered points. */
export function FeaturesSection({ block }: { block: PageBlock<'features'> }) {
  return (
    <section aria-labelledby="programme-title" className="section" id="programme">
      <div className="container">
        <h2 id="programme-title">{block.heading}</h2>
        {block.intro ? <p className="section__intro">{block.intro}</p> : null}
        {block.items?.length ? (
          <ol className={styles.grid}>
            {block.items.map((item) => (
              <li className={styles.item} key={item.id ?? item.title}>
                <h3>{item.title}</h3>
                {item.text ? <p>{item.text}</p> : null}
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </section>
  )
}
