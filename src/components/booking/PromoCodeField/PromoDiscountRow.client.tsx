'use client'

import { useTranslations } from 'next-intl'

import styles from '../booking.module.css'

/** The promo code's line in a price: its code and what it takes off. */
export const PromoDiscountRow = ({ amount, code }: { amount: string; code: string }) => {
  const t = useTranslations('promo')
  return (
    <div className={styles.quoteRow} data-testid="quote-promo">
      <dt>{t('discount', { code })}</dt>
      <dd>−{amount}</dd>
    </div>
  )
}
