import type { Payload, PayloadRequest } from 'payload'

import { promoCodeUsage } from '../../db/promo/promoCodeUsage'
import { formatMoney } from '../../domain/formatMoney'
import { translator } from '../../translations/translator'
import { DashboardTable } from '../DashboardTable'

type Props = {
  canSee?: (args: { req: PayloadRequest }) => boolean | Promise<boolean>
  i18n?: { language?: string; t: (key: string, vars?: Record<string, unknown>) => string }
  payload: Payload
  user?: null | Record<string, unknown>
}


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
    <DashboardTable
      columns={[
        { label: t('dashboardPromoCode') },
        { label: t('dashboardPromoSeats'), numeric: true },
        { label: t('dashboardPromoBookings'), numeric: true },
        { label: t('dashboardPromoDiscountGiven'), numeric: true },
      ]}
      empty={t('dashboardPromoNone')}
      id="ticketing-promo-codes"
      rows={codes.map((code) => ({
        cells: [
          <a href={`${payload.config.routes.admin}/collections/promo-codes/${code.id}`} key="code">
            {code.code}
          </a>,
          code.maxSeats === null ? `${code.seatsUsed}` : `${code.seatsUsed} / ${code.maxSeats}`,
          code.bookings,
          code.discountGiven.length ? code.discountGiven.map((d) => formatMoney(d.amount, d.currency, language)).join(' · ') : '—',
        ],
        key: code.id,
      }))}
      title={t('dashboardPromoCodes')}
    />
  )
}
