'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react'

import { AttendeeFields } from '../AttendeeFields/index.client'
import styles from '../booking.module.css'
import { BookingProblem } from '../BookingProblem/index.client'
import { BuyerFields } from '../BuyerFields/index.client'
import { type ApiError, callApi } from '../callApi'
import { CaptchaField } from '../CaptchaField/index.client'
import { InvoiceFields } from '../InvoiceFields/index.client'
import { ErrorSummary } from '../ErrorSummary/index.client'
import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import { PromoCodeField } from '../PromoCodeField/index.client'
import { WaitlistOfferBanner } from '../WaitlistOffer/index.client'
import { useWaitlistOffer } from '../WaitlistOffer/useWaitlistOffer'
import { QuantityField } from '../QuantityField/index.client'
import { QuoteSummary } from '../QuoteSummary/index.client'
import { rememberToken } from '../tokenStore'
import type { BookableEvent, CreatedBooking, Quote } from '../types'
import { EMPTY_INVOICE, type FieldErrors, validateBookingForm } from '../validateBookingForm'
import { bookingRequest } from './bookingRequest'
import { fieldOrder } from './fieldOrder'
import { resizeAttendees } from './resizeAttendees'
import { type BookingDraft, useBookingDraft } from './useBookingDraft'
import { useIdempotencyKey } from './useIdempotencyKey'
import { useQuote } from './useQuote'

const EMPTY: BookingDraft = { attendeeFollowsBuyer: true, attendees: [{ email: '', name: '' }], buyer: { email: '', name: '', phone: '' }, invoice: EMPTY_INVOICE, quantity: 1 }

/** The booking form: seats, buyer, attendees, the server's live price, then hold the seats and go to payment. */
export const BookingForm = ({ event, eventHref }: { event: BookableEvent; eventHref: string }) => {
  const t = useTranslations('booking')
  const locale = useLocale()
  const router = useRouter()
  const [values, setValues] = useState<BookingDraft>(EMPTY)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [serverFields, setServerFields] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [focusKey, setFocusKey] = useState(0)
  const [attempted, setAttempted] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [captcha, setCaptcha] = useState<null | string>(null)
  const [captchaKey, setCaptchaKey] = useState(0)
  const [captchaRequired, setCaptchaRequired] = useState(false)
  const busy = useRef(false)
  const [promoCode, setPromoCode] = useState<null | string>(null)
  const { error: quoteError, loading, quote, refresh, replace, shown } = useQuote(event.slug, values.quantity, locale, promoCode)
  const { clear, restored } = useBookingDraft(event.slug, values)
  const keyFor = useIdempotencyKey()
  const offer = useWaitlistOffer()
  const offered = offer.active ? (offer.view?.offer?.quantity ?? null) : null

  // Opened from a waiting-list offer: the entry's name, email and the seats offered, filled in.
  useEffect(() => {
    const view = offer.view
    if (!offer.active || !view?.offer) return
    const seats = view.offer.quantity
    setValues((current) => resizeAttendees({ ...current, buyer: { ...current.buyer, email: view.email, name: view.name }, quantity: Math.min(seats, event.maxPerBooking) }))
  }, [offer.active, offer.view, event.maxPerBooking])

  useEffect(() => {
    if (restored) setValues(resizeAttendees({ ...restored, quantity: Math.min(Math.max(1, restored.quantity), event.maxPerBooking) }))
  }, [restored, event.maxPerBooking])

  useEffect(() => {
    if (attempted) setFieldErrors(validateBookingForm(values, event.maxPerBooking))
  }, [attempted, values, event.maxPerBooking])

  const update = (next: Partial<BookingDraft>) => {
    setValues((current) => resizeAttendees({ ...current, ...next }))
    setServerFields({})
  }
  // The server's words for the invoice fields, in the page's language.
  const serverMessage = (path: string) =>
    !serverFields[path] ? null : path === 'invoice.vatNumber' ? t('validation.vatInvalid') : path === 'invoice.address.country' ? t('validation.countryInvalid') : path.startsWith('invoice.') ? t('validation.invoiceInvalid') : serverFields[path]
  const errorFor = (path: string) => (fieldErrors[path] ? t(`validation.${fieldErrors[path]}`, { max: event.maxPerBooking }) : serverMessage(path))
  const onSolved = useCallback((payload: null | string) => {
    setCaptcha(payload)
    if (payload) setProblem((current) => (current?.code.startsWith('CAPTCHA') ? null : current))
  }, [])

  const submit = async (priced: null | Quote) => {
    if (busy.current) return
    setAttempted(true)
    const errors = validateBookingForm(values, event.maxPerBooking)
    setFieldErrors(errors)
    if (Object.keys(errors).length || !priced) {
      setProblem(null)
      setFocusKey((key) => key + 1)
      return
    }
    if (captchaRequired && !captcha) {
      // The server would answer CAPTCHA_REQUIRED: say it now, where the check is.
      setProblem({ code: 'CAPTCHA_REQUIRED', details: {}, message: '', retryAfter: null, status: 400 })
      setFocusKey((key) => key + 1)
      return
    }
    busy.current = true
    setSubmitting(true)
    const body = bookingRequest(values, { captcha, eventId: priced.eventId, expectedTotal: priced.total, locale, promoCode: priced.promoCode, waitlistToken: offer.active ? offer.token : null })
    const result = await callApi<CreatedBooking>('/bookings', { body, headers: { 'Idempotency-Key': keyFor(body) }, method: 'POST' })
    if (result.ok) {
      rememberToken(result.data.reference, result.data.accessToken)
      clear()
      const next = result.data.status === 'CONFIRMED' ? 'confirmation' : 'pay'
      router.push(`/${locale}/book/${next}/${result.data.reference}`)
      return
    }
    const { error } = result
    if (error.code === 'VALIDATION') {
      const fields = (error.details.fields ?? {}) as Record<string, string[]>
      setServerFields(Object.fromEntries(Object.entries(fields).map(([path, messages]) => [path, messages[0] ?? ''])))
    }
    if (error.code === 'PRICE_CHANGED' && error.details.quote) replace(error.details.quote as Quote)
    if (error.code === 'SOLD_OUT' || error.code === 'INSUFFICIENT_SEATS') refresh()
    if (error.code === 'PROMO_INVALID') setPromoCode(null)
    if (error.code.startsWith('CAPTCHA')) {
      setCaptcha(null)
      setCaptchaKey((key) => key + 1)
    }
    setProblem(error)
    setFocusKey((key) => key + 1)
    busy.current = false
    setSubmitting(false)
  }

  const onSubmit = (formEvent: FormEvent) => {
    formEvent.preventDefault()
    void submit(quote)
  }

  const listed = fieldOrder(values.quantity)
    .map((path) => ({ message: errorFor(path), path }))
    .filter((field): field is { message: string; path: string } => Boolean(field.message))
  // Seats offered from the waiting list are the visitor's even while the event shows none left.
  const soldOut = shown?.seatsAvailable === 0 && !offer.active

  return (
    <form noValidate onSubmit={onSubmit}>
      <WaitlistOfferBanner offer={offer} timezone={event.timezone} />
      {attempted && listed.length ? (
        <ErrorSummary fields={listed} focusKey={focusKey} title={t('problems.fieldsTitle')} />
      ) : problem ? (
        <BookingProblem
          error={problem}
          eventHref={eventHref}
          focusKey={focusKey}
          onAcceptPrice={(fresh) => void submit(fresh)}
          onChooseQuantity={(quantity) => {
            setProblem(null)
            update({ quantity })
          }}
        />
      ) : attempted && !quote && !submitting ? (
        <ErrorSummary focusKey={focusKey} title={t('problems.quoteTitle')}>
          <p>{quoteError ? quoteError.message : t('problems.quoteLoading')}</p>
        </ErrorSummary>
      ) : null}
      <div className={styles.card}>
        <QuantityField error={errorFor('quantity')} max={offered ? Math.min(offered, event.maxPerBooking) : event.maxPerBooking} onChange={(quantity) => update({ quantity })} value={values.quantity} />
      </div>
      <PromoCodeField applied={promoCode} error={quoteError} onApply={setPromoCode} />
      <QuoteSummary hideSeatsLeft={offer.active} groupDiscountPercent={event.groupDiscountPercent} groupMinimum={event.groupMinimum} loading={loading} quote={shown} timezone={event.timezone} />
      {soldOut && problem?.code !== 'SOLD_OUT' ? (
        <ErrorSummary focusKey={0} title={t('problems.soldOutTitle')} tone="info">
          <p>{t('problems.soldOut')}</p>
          <p>
            <a href={eventHref}>{t('problems.backToEvent')}</a>
          </p>
        </ErrorSummary>
      ) : null}
      <BuyerFields errorFor={errorFor} onChange={(buyer) => update({ buyer })} value={values.buyer} />
      <AttendeeFields
        attendees={values.attendees}
        errorFor={errorFor}
        onChange={(index, attendee) => {
          const attendees = values.attendees.map((current, position) => (position === index ? attendee : current))
          update({ attendeeFollowsBuyer: values.attendeeFollowsBuyer && index !== 0, attendees })
        }}
      />
      <InvoiceFields errorFor={errorFor} onChange={(invoice) => update({ invoice })} value={values.invoice ?? EMPTY_INVOICE} />
      <CaptchaField error={problem?.code.startsWith('CAPTCHA') ? t('problems.captchaRequired') : null} key={captchaKey} event={event.slug} onRequired={setCaptchaRequired} onSolved={onSolved} />
      <div className={styles.actions}>
        <button aria-disabled={submitting || soldOut} className={styles.button} disabled={soldOut} type="submit">
          {submitting ? t('form.submitting') : quote ? t('form.submitWithTotal', { total: formatMoney(quote.total, quote.currency, locale) }) : t('form.submit')}
        </button>
      </div>
      <p className={styles.note}>{t('form.holdNote')}</p>
    </form>
  )
}
