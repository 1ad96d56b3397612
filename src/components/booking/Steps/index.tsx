import styles from '../booking.module.css'

type Props = { current: 0 | 1 | 2; labels: [string, string, string]; title: string }

/** Where the visitor is in the three steps of booking (details, payment, confirmation). */
export const Steps = ({ current, labels, title }: Props) => (
  <nav aria-label={title}>
    <ol className={styles.steps}>
      {labels.map((label, index) => (
        <li aria-current={index === current ? 'step' : undefined} key={label}>
          {label}
        </li>
      ))}
    </ol>
  </nav>
)
