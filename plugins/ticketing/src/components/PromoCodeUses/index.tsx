import type { Payload, PayloadRequest } from 'payload'

import { promoCodeUsage } from '../../db/promo/promoCodeUsage'
import { formatMoney } from '../../domain/formatMoney'
import { translator } from '../../translations/translator'

type Props = {
  canSee?: (args: { req: PayloadRequest }) => boolean | Promise<boolean>
  i18n?: { language?: string; t: (key: string, vars?: Record<string, unknown>) => string }
  payload: Payload
  user?: null | Record<string, unknown>
}

const cell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '8px 12px', textAlign: 'left' } as const
const number = { ...cell, fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const

/**
 * On the admin dashboard, for sales staff: each promo code's uses (seats counted against its
 * limit, bookings) and the discount it gave per currency — live figures, read when the page renders.
 */
export const PromoCodeUses = async ({ canSee, i18n, payload, user }: Props) => {
  if (!user || !canSee || !(await canSee({ req: { payload, user } as unknown as PayloadRequest }))) return null
  const t = translator(i18n?.t)
  const language = i18n?.language ?? 'en'
  const codes = await promoCodeUsage({ payload, transactionID: undefined } as unknown as PayloadRequest)
  return (
    <section aria-labelledby="ticketing-promo-codes" style={{ marginBottom: 32 }}>
      <h2 id="ticketing-promo-codes" style={{ marginBottom: 12 }}>
        {t('dashboardPromoCodes')}
      </h2>
      {codes.length === 0 ? (
        <p>{t('dashboardPromoNone')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell}>{t('dashboardPromoCode')}</th>
              <th style={number}>{t('dashboardPromoSeats')}</th>
              <th style={number}>{t('dashboardPromoBookings')}</th>
              <th style={number}>{t('dashboardPromoDiscountGiven')}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => (
              <tr key={code.id}>
                <td style={cell}>
                  <a href={`${payload.config.routes.admin}/collections/promo-codes/${code.id}`}>{code.code}</a>
                </td>
                <td style={number}>
                  {code.seatsUsed}
                  {code.maxSeats === null ? '' : ` / ${code.maxSeats}`}
                </td>
                <td style={number}>{code.bookings}</td>
                <td style={number}>
                  {code.discountGiven.length ? code.discountGiven.map((d) => formatMoney(d.amount, d.currency, language)).join(' · ') : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
