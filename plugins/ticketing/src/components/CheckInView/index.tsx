import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { findDoorEvents } from '../../db/checkIns/findDoorEvents'
import { eventDay } from '../../domain/checkIn/eventDay'
import { hostLocales } from '../../hostLocales'
import type { AccessCheck } from '../../types'
import { CheckInScanner } from '../CheckInScanner/index.client'
import { SCANNER_WASM_PATH } from '../../endpoints/checkIns/scannerWasmEndpoint'

type Props = AdminViewServerProps & { canUse?: AccessCheck }

/**
 * The door scanner (`/admin/check-in`, then `?event=<id>`): for staff the host's rule allows
 * (admins and door staff by default). The page is the scanner alone, full screen, made for a
 * phone held in one hand.
 */
export const CheckInView = async ({ canUse, initPageResult, searchParams }: Props) => {
  const { req } = initPageResult
  const t = (key: string) => req.i18n.t(`plugin-ticketing:${key}` as never)
  if (!req.user || !canUse || !(await canUse({ req: req as PayloadRequest }))) {
    return <p style={{ padding: 24 }}>{t('checkInNotAllowed')}</p>
  }
  const { defaultLocale } = hostLocales(req.payload.config)
  const language = req.i18n.language
  const locales = { fallbackLocale: defaultLocale, locale: hostLocales(req.payload.config).codes.includes(language) ? language : defaultLocale }
  const events = (await findDoorEvents({ payload: req.payload, transactionID: undefined }, locales)).map((event) => ({
    id: event.id,
    city: event.city,
    day: eventDay(new Date(), event.timezone),
    startsAt: event.startsAt,
    timezone: event.timezone,
    title: event.title,
  }))
  const wanted = Number(searchParams?.event)
  const admin = req.payload.config.routes.admin
  const api = req.payload.config.routes.api
  return (
    <CheckInScanner
      adminRoute={admin}
      apiRoute={api}
      event={events.find((e) => e.id === wanted) ?? null}
      events={events}
      wasmUrl={`${api}${SCANNER_WASM_PATH}`}
    />
  )
}
